import { describe, expect, it } from 'vitest';
import { askPathway, type EphemeralAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';

describe('/pathway celebrate', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function ask(text: string, userId = 'U0ALICE'): Promise<{ body: EphemeralAnswer; shown: string }> {
    const body = await askPathway(t, `celebrate ${text}`.trim(), { userId });
    return { body, shown: JSON.stringify(body.blocks) };
  }

  const alice = () => t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: 'U0ALICE' } });

  it('shows that Pathway asks first, and where wins would go', async () => {
    const { shown } = await ask('');
    expect(shown).toContain('asks you');
    expect(shown).toContain('No celebration channel is set yet');
    await t.db.prisma.workspace.updateMany({ data: { celebrationChannelId: 'C0WINS' } });
    expect((await ask('')).shown).toContain('<#C0WINS> (the workspace’s channel)');
  });

  it('changes consent to always, never and back to ask', async () => {
    for (const consent of ['always', 'never', 'ask'] as const) {
      const { shown } = await ask(consent.toUpperCase());
      expect(shown).toContain('Saved');
      expect((await alice()).celebrationConsent).toBe(consent);
    }
  });

  it('sets and clears the person’s own channel', async () => {
    await t.db.prisma.workspace.updateMany({ data: { celebrationChannelId: 'C0WINS' } });
    const { shown } = await ask('in <#C0MINE|my-wins>');
    expect(shown).toContain('<#C0MINE> (your own choice)');
    expect((await alice()).celebrationChannelId).toBe('C0MINE');
    await ask('in default');
    expect((await alice()).celebrationChannelId).toBeNull();
  });

  it('answers a mistake with the exact form to type', async () => {
    const { body } = await ask('in my-wins');
    expect(body.text).toContain('did not understand');
    expect(JSON.stringify(body.blocks)).toContain('in #team-wins');
    expect(JSON.stringify(body.blocks)).toContain('/pathway celebrate');
  });

  it('lets only admins set a team’s channel', async () => {
    const refused = await ask('team "Learning Design" in <#C0TEAM|ld-wins>');
    expect(refused.shown).toContain('Only Pathway admins');
    expect(await t.db.prisma.teamCelebrationChannel.count()).toBe(0);

    t.fake.setUser({ id: 'U0ADMIN', isAdmin: true });
    const longTeam = `Learning Design ${'and Development '.repeat(5)}`.trim();
    const { shown } = await ask(`team "${longTeam}" in <#C0TEAM|ld-wins>`, 'U0ADMIN');
    expect(shown).toContain('<#C0TEAM>');
    expect(await t.db.prisma.teamCelebrationChannel.findFirstOrThrow()).toMatchObject({
      team: longTeam,
      channelId: 'C0TEAM',
    });
    await t.db.prisma.person.update({ where: { id: (await alice()).id }, data: { team: longTeam } });
    expect((await ask('')).shown).toContain('<#C0TEAM> (your team’s channel)');
    expect(t.fake.specViolations).toEqual([]);
  });

  it('lets admins move the weekly wins digest, and tells a typo how to write it', async () => {
    expect((await ask('')).shown).toContain('Fridays at 15:00 (Europe/London)');
    expect((await ask('digest monday 9:00')).shown).toContain('Only Pathway admins');

    t.fake.setUser({ id: 'U0ADMIN', isAdmin: true });
    const { shown } = await ask('digest Mon 9:00', 'U0ADMIN');
    expect(shown).toContain('Saved: the weekly wins digest goes out on Mondays at 09:00 (Europe/London)');
    expect(await t.db.prisma.workspace.findFirstOrThrow()).toMatchObject({ winsDigestWeekday: 1, winsDigestHour: 9 });

    const wrong = await ask('digest someday 25:30', 'U0ADMIN');
    expect(wrong.shown).toContain('name the day, for example friday');
    expect(wrong.shown).toContain('give a whole hour, for example 15:00');
    expect(await t.db.prisma.workspace.findFirstOrThrow()).toMatchObject({ winsDigestWeekday: 1, winsDigestHour: 9 });
  });
});
