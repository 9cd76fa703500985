import { describe, expect, it } from 'vitest';
import { askPathway, type EphemeralAnswer } from '../../support/answers.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { createActivePathway } from '../../support/framework-variants.js';

describe('/pathway roles end to end', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));

  async function ask(text: string, userId = 'U0ALICE'): Promise<{ body: EphemeralAnswer; shown: string }> {
    const body = await askPathway(t, text, { userId });
    return { body, shown: JSON.stringify(body.blocks) };
  }

  /** Creates the person (first contact) and sets what Pathway knows of their role. */
  async function personWith(
    data: { currentRoleKey?: string; pathway?: { from: string; goal: string } },
    userId = 'U0ALICE',
  ) {
    await ask('help', userId);
    const person = await t.db.prisma.person.findFirstOrThrow({
      where: { slackUserId: userId },
      include: { workspace: true },
    });
    if (data.currentRoleKey)
      await t.db.prisma.person.update({ where: { id: person.id }, data: { currentRoleKey: data.currentRoleKey } });
    if (data.pathway) {
      await createActivePathway(t.db.prisma, {
        personId: person.id,
        frameworkVersionId: person.workspace.activeFrameworkId!,
        ...data.pathway,
      });
    }
    t.fake.reset();
  }

  it('lists every stage and role, and asks a newcomer for their role, with only valid Web API calls', async () => {
    const { body, shown } = await ask('roles');
    expect(body.text).toBe('Career framework: Learning & Development');
    for (const title of [
      'Instructional Designer',
      'Senior Instructional Designer',
      'Learning Strategist',
      'Strategic Learning Leader',
      'Enablement Lead',
    ]) {
      expect(shown).toContain(title);
    }
    expect(shown).toContain('does not know your current role yet');
    expect(shown).toContain('/pathway roles learning-coordinator');
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('shows the ladder and lattice moves from the person’s current role', async () => {
    await personWith({ currentRoleKey: 'instructional-designer' });
    const { shown } = await ask('roles');
    expect(shown).toContain('You are *Instructional Designer*');
    expect(shown).toContain('Up the ladder: Senior Instructional Designer, Learning Consultant');
    expect(shown).toContain(
      'Moves across to another track: Learning Technologist, Multimedia Developer, Assessment Writer, Faculty Trainer',
    );
    expect(shown).toMatch(/Senior Instructional Designer\* `senior-instructional-designer` :arrow_up: _step up_/);
    expect(shown).toMatch(/Learning Technologist\* `learning-technologist` :left_right_arrow: _move across_/);
  });

  it('uses the starting role of the active pathway when no current role is stored', async () => {
    await personWith({ pathway: { from: 'learning-strategist', goal: 'strategic-learning-leader' } });
    const { shown } = await ask('roles');
    expect(shown).toContain('You are *Learning Strategist*');
    expect(shown).toContain('Up the ladder: Strategic Learning Leader');
  });

  it('shows one role in detail: focus, competencies, signals, moves and how the person gets there', async () => {
    await personWith({ currentRoleKey: 'instructional-designer' });
    const { body, shown } = await ask('roles senior instr');
    expect(body.text).toBe('Senior Instructional Designer');
    expect(body.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Senior Instructional Designer' } });
    for (const part of [
      'Stage 3 of 5',
      '*Success at this stage*',
      '*Competencies at this level*',
      '*Readiness signals*',
      'Up the ladder: Learning Strategist, L&amp;D Manager',
      'A step up from your role (Instructional Designer)',
      '*Suggested milestones*',
    ])
      expect(shown).toContain(part);
  });

  it('says when a role is not a direct move from the person’s role', async () => {
    await personWith({ currentRoleKey: 'instructional-designer' });
    const { shown } = await ask('roles strategic-learning-leader');
    expect(shown).toContain('Not a direct move from your role (Instructional Designer)');
    expect(shown).toContain('Top of its track');
  });

  it('lists the candidates when several roles match', async () => {
    const { shown } = await ask('roles consultant');
    expect(shown).toContain('2 roles match');
    expect(shown).toContain('/pathway roles learning-consultant');
    expect(shown).toContain('/pathway roles performance-consultant');
  });

  it('answers an unknown role with a suggestion and how to list every role, escaping what was typed', async () => {
    const typo = await ask('roles instructonal desinger');
    expect(typo.shown).toContain('No role matches');
    expect(typo.shown).toContain('Did you mean *Instructional Designer*? Type `/pathway roles instructional-designer`');
    const unrelated = await ask('roles <!channel> astronaut');
    expect(unrelated.shown).toContain('&lt;!channel&gt; astronaut');
    expect(unrelated.shown).not.toContain('<!channel>');
    expect(unrelated.shown).not.toContain('Did you mean');
    expect(unrelated.shown).toContain('To list every role, type `/pathway roles`');
  });

  it('refuses an overlong query with the form to type', async () => {
    const { shown } = await ask(`roles ${'x'.repeat(101)}`);
    expect(shown).toContain('Type it like this: `/pathway roles [role]`');
  });
});
