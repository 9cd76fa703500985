/**
 * Check-ins and roles in the reader's language, end to end through the real Bolt app: a Spanish
 * reader opens and submits the check-in modal, a German one asks `/pathway roles`. The manager
 * who gets the check-in's summary reads it in their own language, not the person's.
 */

import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { CHECKIN_CALLBACK, ratingBlockId } from '../../src/blocks/checkin.js';
import { outboxPayloadSchema } from '../../src/services/outbox.js';
import { askPathway, type ViewAnswer } from '../support/answers.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../support/app-harness.js';
import { checkInValues, GOAL, goalSignalKeys, outboxFor, seedPerson } from '../support/checkins.js';

describe('check-ins and roles in the reader’s language', () => {
  let t: TestApp;
  useTestApp((app) => (t = app), { now: '2027-01-11T10:00:00Z' });

  it('a Spanish reader opens /pathway checkin, submits it and reads modal and confirmation in Spanish; her German manager’s summary is in German', async () => {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    const ana = await seedPerson(t, 'U0ANA', { manager: dana });
    await t.db.prisma.person.update({ where: { id: ana.id }, data: { language: 'es' } });
    await t.db.prisma.person.update({ where: { id: dana.id }, data: { language: 'de' } });
    const keys = await goalSignalKeys(t);

    const request = await t.driver.slashCommand({ userId: 'U0ANA', text: 'checkin' });
    expect(request.status).toBe(200);
    const modal = (await t.fake.waitForCall('views.open')).args.view as ModalView;
    expectValidView(modal);
    expect(modal.callback_id).toBe(CHECKIN_CALLBACK);
    expect(modal.title.text).toBe('Check-in de preparación');
    expect(modal.submit?.text).toBe('Guardar check-in');
    expect(modal.close?.text).toBe('Cancelar');
    const shown = JSON.stringify(modal.blocks);
    expect(shown).toContain('Valórate según las señales de');
    expect(shown).toContain('Solo tú y tu responsable ven tus check-ins.');
    const rating = modal.blocks.find((block) => block.block_id === ratingBlockId(keys[0]!));
    expect(JSON.stringify(rating)).toMatch(/Tu valoración.*Todavía no.*En desarrollo.*Consistente.*Referente/);
    expect(shown).not.toContain('Your rating');

    const submitted = await t.driver.viewSubmission({
      userId: 'U0ANA',
      callbackId: CHECKIN_CALLBACK,
      values: checkInValues(
        Object.fromEntries(keys.map((key) => [key, { rating: 3, example: 'Curso de consultoría' }])),
      ),
      privateMetadata: modal.private_metadata ?? '',
      blocks: keys.map((key) => ({ type: 'input', block_id: ratingBlockId(key) })),
    });
    expect(submitted.status).toBe(200);
    const answer = submitted.body as ViewAnswer;
    expect(answer.response_action).toBe('update');
    expectValidView(answer.view);
    const saved = answer.view as ModalView;
    expect(saved.title.text).toBe('Check-in guardado');
    expect(saved.close?.text).toBe('Hecho');
    const confirmation = JSON.stringify(saved.blocks);
    expect(confirmation).toContain(':white_check_mark: *Check-in guardado.* <@U0DANA> recibe un resumen');
    expect(confirmation).toContain(`*Preparación para `);
    expect(confirmation).toContain(`${keys.length} de ${keys.length} señales en consistente o más`);
    expect(confirmation).toContain('Pedir opinión a colegas');
    expect(confirmation).not.toMatch(/Check-in saved|Readiness for|signals at consistent/);

    // The manager reads the summary in their own language (German here), not the person's.
    const [summary] = await outboxFor(t, 'U0DANA');
    const payload = outboxPayloadSchema.parse(summary!.payload);
    expectValidBlocks(payload.blocks, 'message');
    expect(payload.text).toContain('<@U0ANA> hat einen Bereitschafts-Check-in für');
    expect(JSON.stringify(payload.blocks)).toContain('Öffnen und deine Sicht ergänzen');
    expectCleanSlackTraffic(t);
  });

  it('a German reader gets /pathway roles, the list and one role, in German with the command words in English', async () => {
    const dieter = await seedPerson(t, 'U0DIETER');
    await t.db.prisma.person.update({ where: { id: dieter.id }, data: { language: 'de' } });

    const list = await askPathway(t, 'roles', { userId: 'U0DIETER' });
    expect(list.text).toBe('Karriererahmen: Lernen & Entwicklung');
    const listed = JSON.stringify(list.blocks);
    expect(listed).toContain('Was eine Rolle erwartet und wie du hinkommst: `/pathway roles <Rolle>`');
    expect(listed).not.toContain('What a role expects');

    const role = await askPathway(t, `roles ${GOAL}`, { userId: 'U0DIETER' });
    const detail = JSON.stringify(role.blocks);
    expect(detail).toContain('*Bereitschaftssignale*');
    expect(detail).toContain('*Wechsel aus dieser Rolle*');
    expect(detail).toContain('Alle Rollen: `/pathway roles`.');
    expect(detail).not.toContain('Readiness signals');

    const none = await askPathway(t, 'roles zzzz qqqq', { userId: 'U0DIETER' });
    expect(none.text).toBe('Keine Rolle passt dazu. Tippe /pathway roles, um alle Rollen zu sehen.');
    expect(t.fake.blockKitViolations).toEqual([]);
  });
});
