/**
 * The career framework in the reader's language, end to end through the real Bolt app: the
 * default framework ships translated, and a person who reads Spanish sees its role titles,
 * signals and goal in Spanish, while a colleague in the same workspace reads them in English.
 */

import { expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { askPathway } from '../support/answers.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { TEST_NOW } from '../support/pathways.js';
import { seedReader } from '../support/readers.js';

describe('the framework in the reader’s language', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { now: TEST_NOW });

  /** The blocks of the answer to `/pathway <text>`, as text. */
  const ask = async (userId: string, text: string) => JSON.stringify((await askPathway(t, text, { userId })).blocks);
  const seed = (userId: string, language: string | null) => seedReader(t, userId, { language });

  it('/pathway roles lists the roles in Spanish for a Spanish reader and in English for an English one', async () => {
    await seed('U0ANA', 'es');
    await seed('U0BOB', null);
    const spanish = await ask('U0ANA', 'roles');
    expect(spanish).toContain('Diseñador/a instruccional sénior');
    expect(spanish).toContain('Estratega de aprendizaje');
    expect(spanish).toContain('Ganar credibilidad con el oficio');
    expect(spanish).not.toContain('Senior Instructional Designer');
    expect(spanish).not.toContain('Learning Strategist');

    const english = await ask('U0BOB', 'roles');
    expect(english).toContain('Senior Instructional Designer');
    expect(english).not.toContain('Diseñador/a instruccional sénior');
  });

  it('the check-in modal asks about the goal’s signals in Spanish', async () => {
    await seed('U0ANA', 'es');
    const request = await t.driver.slashCommand({ userId: 'U0ANA', text: 'checkin' });
    expect(request.status).toBe(200);
    const opened = await t.fake.waitForCall('views.open', (call) => call.args.trigger_id === request.triggerId, 10_000);
    const view = opened.args.view;
    expectValidView(view);
    const text = JSON.stringify(view);
    expect(text).toContain('Convierte solicitudes vagas en objetivos claros');
    expect(text).toContain('Lidera un proyecto sin supervisión cercana');
    expect(text).toContain('Diseñador/a instruccional sénior');
    expect(text).not.toContain('Turns vague requests into clear objectives');
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('the plan modal offers Spanish roles and milestone templates', async () => {
    await seed('U0ANA', 'es');
    const request = await t.driver.slashCommand({ userId: 'U0ANA', text: 'plan' });
    expect(request.status).toBe(200);
    const opened = await t.fake.waitForCall('views.open', (call) => call.args.trigger_id === request.triggerId, 10_000);
    expectValidView(opened.args.view);
    const text = JSON.stringify(opened.args.view);
    expect(text).toContain('Diseñador/a instruccional sénior');
    expect(text).toContain('Evalúate frente al rol de Diseñador/a instruccional sénior');
    expect(text).not.toContain('Assess yourself against Senior Instructional Designer');
  });

  it('Home shows the goal in Spanish', async () => {
    await seed('U0ANA', 'es');
    const result = await t.driver.event({ type: 'app_home_opened', user: 'U0ANA', channel: 'D0ANA', tab: 'home' });
    expect(result.status).toBe(200);
    const published = await t.fake.waitForCall('views.publish', (call) => call.args.user_id === 'U0ANA', 15_000);
    expectValidView(published.args.view);
    const home = JSON.stringify(published.args.view);
    expect(home).toContain('Diseñador/a instruccional sénior');
    // Home's mentoring section reads the framework on its own and still shows it as written.
  });

  it('/pathway shows the goal in Spanish; a de-DE Slack locale reads the roles in German', async () => {
    await seed('U0ANA', 'es');
    const overview = await ask('U0ANA', '');
    expect(overview).toContain('Diseñador/a instruccional sénior');
    expect(overview).not.toContain('Senior Instructional Designer');

    await seedReader(t, 'U0DIETER', { language: null, locale: 'de-DE', tz: 'Europe/Berlin' });
    const roles = await ask('U0DIETER', 'roles');
    expect(roles).toContain('Lernstratege/Lernstrategin');
    expect(roles).toContain('Glaubwürdigkeit durch Handwerk');
    expect(roles).not.toContain('Learning Strategist');
  });
});
