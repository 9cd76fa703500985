/**
 * Problems the domain writes in English from templates (src/domain/problems.ts) and blocks write in
 * the reader's language: each template is in the English catalog word for word under its prefix, with
 * a Spanish and German translation, and reads back into the words blocks translate.
 */
import { describe, expect, it } from 'vitest';
import { adminSettingsErrors, importProblemText } from '../../src/blocks/admin.js';
import { recordErrors } from '../../src/blocks/conversations.js';
import { offerProblemText } from '../../src/blocks/mentoring.js';
import { milestoneFormProblems } from '../../src/blocks/problems.js';
import { checkAdminSettings, SETTINGS_PROBLEMS } from '../../src/domain/admin-settings.js';
import { CONVERSATION_PROBLEMS, validateRecord } from '../../src/domain/conversations.js';
import { MENTORING_PROBLEMS, mentorOfferSchema } from '../../src/domain/mentoring.js';
import { PERIOD_PROBLEMS } from '../../src/domain/metrics.js';
import { MILESTONE_PROBLEMS, validateEdit } from '../../src/domain/pathways/milestones.js';
import { PLAN_MILESTONE_NAMES, PLAN_PROBLEMS } from '../../src/domain/pathways/plan.js';
import { IMPORT_PROBLEMS, parseImportFile } from '../../src/domain/people-import.js';
import type { ProblemTemplates } from '../../src/domain/problems.js';
import { CATALOGS, translator } from '../../src/i18n/index.js';

/** Each kind of template and the catalog prefix blocks look it up under. */
const TEMPLATES: Array<[string, ProblemTemplates]> = [
  ['admin.problem', SETTINGS_PROBLEMS],
  ['mentoring.problem', MENTORING_PROBLEMS],
  ['admin.import.reason', IMPORT_PROBLEMS],
  ['adminReport.period', PERIOD_PROBLEMS],
  ['milestones.problem', MILESTONE_PROBLEMS],
  ['plan.problem', PLAN_PROBLEMS],
  ['plan.problem.name', PLAN_MILESTONE_NAMES],
  ['conversation.problem', CONVERSATION_PROBLEMS],
];

describe('domain problems', () => {
  it.each(TEMPLATES)(
    '%s: the English catalog holds each template word for word; Spanish and German differ',
    (prefix, templates) => {
      for (const [code, template] of Object.entries(templates)) {
        const key = `${prefix}.${code}`;
        expect((CATALOGS.en as Record<string, string>)[key], key).toBe(template);
        for (const language of ['es', 'de'] as const)
          expect((CATALOGS[language] as Record<string, string>)[key], `${key} in ${language}`).not.toBe(template);
      }
    },
  );

  it('the settings form’s problems, in the admin’s language and English as before', () => {
    const checked = checkAdminSettings({
      celebrationChannelId: null,
      checkInCadenceDays: 'monthly',
      workdayStartHour: '9',
      workdayEndHour: '17',
      workingDays: [],
      nudgeKindsOnByDefault: [],
      minReportGroupSize: '2',
      deactivatedRetentionDays: '30',
      conversationCadenceDays: '3',
      mentoringEnabled: true,
      mentorSuggestionsCrossTeams: true,
      language: 'fr',
    });
    if (checked.ok) throw new Error('expected problems');
    expect(adminSettingsErrors(checked.errors, translator('en'))).toEqual(checked.errors);
    expect(adminSettingsErrors(checked.errors, translator('de'))).toEqual({
      checkInCadenceDays: 'gib den Check-in-Rhythmus in Tagen als ganze Zahl an',
      workingDays: 'wähle mindestens einen Arbeitstag',
      minReportGroupSize: 'nimm 3 oder mehr, damit niemand einzeln erkennbar ist',
      conversationCadenceDays: 'höchstens ein Gespräch pro Woche (7 Tage oder mehr)',
      language: 'wähle eine Sprache',
    });
  });

  it('the offer form’s problems, as sentences in the mentor’s language', () => {
    const parsed = mentorOfferSchema.safeParse({ roleKeys: [], signalKeys: ['lead'], capacity: '0' });
    if (parsed.success) throw new Error('expected problems');
    const [roles, capacity] = parsed.error.issues.map((issue) => issue.message);
    expect(offerProblemText(roles!, translator('en'))).toBe('Pick at least one role you can help people reach.');
    expect(offerProblemText(roles!, translator('es'))).toBe('Elige al menos un rol al que puedas ayudar a llegar.');
    expect(offerProblemText(capacity!, translator('es'))).toBe('Ofrece mentoría al menos a una persona a la vez.');
  });

  it('a CSV the parser cannot read keeps the parser’s own words inside the German sentence', () => {
    const parsed = parseImportFile('person\n"unterminated\n');
    if (parsed.ok) throw new Error('expected a problem');
    const german = importProblemText(parsed.problem, translator('de'));
    expect(german).toMatch(/^die Datei ist kein gültiges CSV \(.+\); erwartet wird eine CSV-Datei mit der Kopfzeile/);
    expect(german).toContain(parsed.problem.slice('the file is not valid CSV ('.length, parsed.problem.indexOf(');')));
  });

  it('the milestone forms’ problems, as sentences in the person’s language, dates in it too', () => {
    const edit = validateEdit({ title: '', kind: 'other', due: '2027-01-04', link: 'ftp://x' }, '2027-01-11', '');
    if (edit.ok) throw new Error('expected problems');
    expect(milestoneFormProblems(edit.problems, translator('en'))).toEqual(edit.problems);
    expect(milestoneFormProblems(edit.problems, translator('es'))).toEqual({
      title: 'Dale un título al hito.',
      due: expect.stringMatching(
        /^Lun, 4 ene 2027 ya pasó \(hoy es lun, 11 ene 2027 donde estás\): elige hoy o una fecha posterior\.$/,
      ),
      link: 'Indica una dirección web completa que empiece por https://.',
    });
  });

  it('the notes form’s problems, in German beside their fields', () => {
    const record = validateRecord(
      { notes: 'x'.repeat(3001), actions: [{ title: 'Workshop', due: '2027-01-04' }], nextOn: '2027-01-11' },
      '2027-01-11',
    );
    if (record.ok) throw new Error('expected problems');
    expect(Object.values(recordErrors(record.problems, translator('de'))).sort()).toEqual([
      'Gib an, wer dafür zuständig ist.',
      'Halte die Notizen unter 3000 Zeichen.',
      'Wähle ein späteres Datum für das nächste Gespräch.',
      'Wähle heute oder ein späteres Datum.',
    ]);
  });
});
