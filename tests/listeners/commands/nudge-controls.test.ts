import { beforeEach, describe, expect, it } from 'vitest';
import { dateFromDb } from '../../../src/domain/dates.js';
import { askPathway, type EphemeralAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';

describe('/pathway away, back, pause and resume', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { now: '2027-01-11T10:00:00Z' });
  beforeEach(async () => {
    t.fake.setUser({ id: 'U0ALICE', tz: 'Europe/London' });
  });

  async function ask(text: string): Promise<EphemeralAnswer> {
    return askPathway(t, text);
  }

  const alice = () => t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0ALICE' } });

  it('marks the person away from today until the given day, and back early ends it yesterday', async () => {
    const away = await ask('away until 2027-01-22');
    expect(away.text).toContain('No nudges until Fri 22 Jan 2027');
    let person = await alice();
    expect([dateFromDb(person.awayFrom!), dateFromDb(person.awayUntil!)]).toEqual(['2027-01-11', '2027-01-22']);

    t.clock.set('2027-01-14T10:00:00Z');
    expect((await ask('back')).text).toContain('Welcome back');
    person = await alice();
    expect([dateFromDb(person.awayFrom!), dateFromDb(person.awayUntil!)]).toEqual(['2027-01-11', '2027-01-13']);
    expect((await ask('back')).text).toContain('You were not marked as away');
    expect(t.fake.specViolations).toEqual([]);
  });

  it('answers a past date, a missing date and a made-up date with the exact form to type', async () => {
    expect((await ask('away until 2027-01-01')).text).toContain('has already passed');
    expect((await ask('away until 2027-01-01')).text).toContain('/pathway away until 2027-01-18');
    const missing = await ask('away');
    expect(JSON.stringify(missing.blocks)).toContain('/pathway away until <date>');
    expect(JSON.stringify((await ask('away until 2027-02-30')).blocks)).toContain(
      'does not exist on the calendar: February 2027 has 28 days',
    );
    expect((await ask('away until 2029-01-01')).text).toContain('more than a year away');
    expect((await alice()).awayUntil).toBeNull();
  });

  it('pauses and resumes every nudge, and says so when nothing changes', async () => {
    expect((await ask('pause')).text).toContain('All nudges and reminders are paused');
    expect((await alice()).nudgesPausedAt).toEqual(new Date('2027-01-11T10:00:00Z'));
    expect((await ask('pause')).text).toContain('already paused');
    expect((await ask('resume')).text).toContain('Nudges are back on');
    expect((await alice()).nudgesPausedAt).toBeNull();
    expect((await ask('resume')).text).toContain('Nudges were not paused');
    const extra = JSON.stringify((await ask('pause now')).blocks);
    expect(extra, extra).toContain('with nothing after it');
  });
});
