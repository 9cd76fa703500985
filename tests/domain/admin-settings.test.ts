import { describe, expect, it } from 'vitest';
import {
  type AdminSettingsInput,
  changedSettings,
  checkAdminSettings,
  kindsOff,
  kindsOn,
} from '../../src/domain/admin-settings.js';
import { MUTABLE_KINDS } from '../../src/domain/schedule/kinds.js';

const input: AdminSettingsInput = {
  celebrationChannelId: 'C0WINS',
  checkInCadenceDays: ' 21 ',
  workdayStartHour: '8',
  workdayEndHour: '16',
  workingDays: ['5', '1', '1'],
  nudgeKindsOnByDefault: ['milestone_nudge'],
  minReportGroupSize: '3',
  deactivatedRetentionDays: '0',
  conversationCadenceDays: '42',
  mentoringEnabled: true,
  mentorSuggestionsCrossTeams: false,
  language: 'de',
};

describe('checkAdminSettings', () => {
  it('turns the typed form into settings, with working days sorted and unique', () => {
    expect(checkAdminSettings(input)).toEqual({
      ok: true,
      settings: {
        ...input,
        checkInCadenceDays: 21,
        workdayStartHour: 8,
        workdayEndHour: 16,
        workingDays: [1, 5],
        minReportGroupSize: 3,
        deactivatedRetentionDays: 0,
        conversationCadenceDays: 42,
      },
    });
  });

  it('names each field with its problem, one message per field', () => {
    const checked = checkAdminSettings({
      ...input,
      celebrationChannelId: 'general',
      minReportGroupSize: '2',
      workdayStartHour: '16',
      workdayEndHour: '8',
      checkInCadenceDays: '',
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        celebrationChannelId: 'pick a channel',
        checkInCadenceDays: 'give the check-in cadence in days as a whole number',
        minReportGroupSize: 'use 3 or more, so no one can be singled out',
        workdayEndHour: 'the working day must end after it starts',
      },
    });
  });
});

describe('kinds on and off', () => {
  it('stores the kinds that are off, so a kind added later starts on', () => {
    expect(kindsOff(['milestone_nudge'])).toEqual(MUTABLE_KINDS.filter((kind) => kind !== 'milestone_nudge'));
    expect(kindsOn(['manager_digest', 'retired_kind'])).toEqual(
      MUTABLE_KINDS.filter((kind) => kind !== 'manager_digest'),
    );
  });

  it('lists only what changed', () => {
    const checked = checkAdminSettings(input);
    if (!checked.ok) throw new Error('the input above is valid');
    const before = checked.settings;
    expect(changedSettings(before, { ...before, checkInCadenceDays: 30 })).toEqual([['checkInCadenceDays', 21, 30]]);
    expect(changedSettings(before, { ...before, workingDays: [1, 5] })).toEqual([]);
  });
});
