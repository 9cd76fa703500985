/**
 * Home and the plan modal in the reader's language, end to end through the real Bolt app: the Home
 * tab published on app_home_opened, and the plan modal opened by `/pathway plan` (German's long
 * words still within Slack's limits, which the fake checks on views.open).
 */

import { expectValidView } from '@pathway/fake-slack';
import type { HomeView, ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { expectCleanSlackTraffic } from '../support/app-harness.js';
import { ALICE } from '../support/cast.js';
import { seedPathway, usePathwayApp } from '../support/pathways.js';

describe('Home and the plan modal in the reader’s language', () => {
  const t = usePathwayApp({ users: [ALICE, 'U0DIETER'] });

  async function homeOf(userId: string): Promise<string> {
    const result = await t.driver.event({ type: 'app_home_opened', user: userId, channel: `D${userId}`, tab: 'home' });
    expect(result.status).toBe(200);
    const call = await t.fake.waitForCall('views.publish', (c) => c.args.user_id === userId, 15_000);
    const view = call.args.view as HomeView;
    expectValidView(view);
    return JSON.stringify(view.blocks);
  }

  it('a person who chose Spanish opens Home and reads their plan, buttons and settings in Spanish', async () => {
    await seedPathway(t, ALICE, [
      { title: 'Curso de consultoría', due: '2027-01-04' },
      { title: 'Taller con clientes', due: '2027-01-25' },
    ]);
    await t.db.prisma.person.updateMany({ where: { slackUserId: ALICE }, data: { language: 'es' } });
    const home = await homeOf(ALICE);
    expect(home).toContain('"text":"Tu trayectoria"');
    // Role titles come from the framework's Spanish translation.
    expect(home).toContain(
      '*Objetivo:* Diseñador/a instruccional sénior (un paso arriba desde Diseñador/a instruccional',
    );
    expect(home).toContain('*Vencidos* (1)');
    expect(home).toContain(':warning: *vencido* hace 7 días (vencía el lun, 4 ene 2027)');
    expect(home).toContain('"text":"Cambiar fecha"');
    expect(home).toContain('"accessibility_label":"Marcar ‘Curso de consultoría’ como hecho"');
    expect(home).toContain('Elegir tus recordatorios');
    expect(home).toContain('Solo tú ves esta pestaña.');
    // Pathway's own English is gone from its parts (the readiness-case button is another area's).
    for (const english of ['Your pathway', '*Overdue*', 'Move date', 'Choose your reminders', 'Only you see this tab'])
      expect(home).not.toContain(english);
    expectCleanSlackTraffic(t);
  });

  it('a Slack locale of de-DE is enough for a German welcome on Home', async () => {
    t.fake.setUser({ id: 'U0DIETER', tz: 'Europe/Berlin', locale: 'de-DE' });
    const home = await homeOf('U0DIETER');
    expect(home).toContain('Willkommen bei Pathway');
    expect(home).toContain('"text":"Plan beginnen"');
    expect(home).not.toContain('Welcome to Pathway');
    expectCleanSlackTraffic(t);
  });

  it('the plan modal opened in German keeps within Block Kit’s limits, with German labels', async () => {
    await seedPathway(t, ALICE, [{ title: 'Curso de consultoría', due: '2027-02-01' }]);
    await t.db.prisma.person.updateMany({ where: { slackUserId: ALICE }, data: { language: 'de' } });
    await t.driver.slashCommand({ userId: ALICE, text: 'plan' });
    const call = await t.fake.waitForCall('views.open');
    const view = call.args.view as ModalView;
    expectValidView(view);
    expect(view.title.text).toBe('Deinen Weg planen');
    expect(view.submit?.text).toBe('Plan speichern');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('*Plan ändern:*');
    expect(text).toContain('Schritt nach oben: Senior Instructional Designer');
    expect(text).toContain('Vorgeschlagene Meilensteine für Senior Instructional Designer');
    expect(text).not.toContain('Suggested milestones');
    expectCleanSlackTraffic(t);
  });
});
