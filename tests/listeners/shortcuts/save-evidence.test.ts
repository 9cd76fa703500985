/**
 * "Save as evidence" end to end: a message_action payload through the signed
 * driver, chat.getPermalink against the fake Slack, the modal, its submission,
 * and the saved evidence in the wins log.
 */
import type { ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  NO_PERMALINK_NOTICE,
  SAVE_EVIDENCE_CALLBACK,
  SAVE_EVIDENCE_FIELDS,
  SAVE_EVIDENCE_SHORTCUT,
} from '../../../src/blocks/evidence.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE, BOB } from '../../support/cast.js';
import { seedPathway, usePathwayApp } from '../../support/pathways.js';
import { formValues, nextCall, openedView, setField, submitModal, textOf } from '../../support/slack-ui.js';

const CHANNEL = 'C0GENERAL';

describe('the Save as evidence message shortcut', () => {
  const t = usePathwayApp({ users: [ALICE, BOB] });
  beforeEach(() => {
    t.fake.setChannel(CHANNEL, { name: 'general', members: [ALICE, BOB, t.fake.bot.userId] });
  });

  async function shortcutOn(channel: string, text: string) {
    const message = t.fake.postAsUser(BOB, channel, text);
    const opened = nextCall(t, 'views.open');
    const request = await t.driver.messageAction({
      userId: ALICE,
      callbackId: SAVE_EVIDENCE_SHORTCUT,
      channelId: channel,
      message: { ts: message.ts, text, user: BOB },
    });
    expect(request.status).toBe(200);
    expect(request.ackMs).toBeLessThan(3000);
    return { message, view: openedView(await opened), request };
  }

  it('keeps the message’s permalink and a note on a milestone, tagged with a signal, and shows it in the wins log', async () => {
    const seeded = await seedPathway(t, ALICE, [
      { title: 'Run a stakeholder workshop', due: '2027-02-01' },
      { title: 'Finish the course', due: '2027-03-01' },
    ]);
    const { message, view } = await shortcutOn(
      CHANNEL,
      'Thanks <@U0ALICE|alice> for the workshop! Slides: <https://docs.test/deck|deck>',
    );

    const permalink = t.fake.callsTo('chat.getPermalink')[0]!;
    expect(permalink.args).toMatchObject({ channel: CHANNEL, message_ts: message.ts });
    const link = `https://${t.fake.team.domain}.slack.com/archives/${CHANNEL}/p${message.ts.replace('.', '')}`;
    expect(permalink.response).toMatchObject({ ok: true, permalink: link });
    const modal = view.view as unknown as ModalView;
    expect(modal.callback_id).toBe(SAVE_EVIDENCE_CALLBACK);
    const values = formValues(view.view);
    expect(values[SAVE_EVIDENCE_FIELDS.note]![SAVE_EVIDENCE_FIELDS.note]!.value).toBe(
      'Thanks @alice for the workshop! Slides: deck (https://docs.test/deck)',
    );
    expect(values[SAVE_EVIDENCE_FIELDS.link]![SAVE_EVIDENCE_FIELDS.link]!.value).toBe(link);
    expect(textOf(modal)).not.toContain('U0ALICE');

    setField(values, SAVE_EVIDENCE_FIELDS.note, { value: 'Sales thanked me for the workshop' });
    setField(values, SAVE_EVIDENCE_FIELDS.target, { selected_option: { value: seeded.milestoneIds[0] } });
    values[SAVE_EVIDENCE_FIELDS.signals] = {
      [SAVE_EVIDENCE_FIELDS.signals]: {
        type: 'multi_static_select',
        selected_options: [{ value: 'non-learning-stakeholders' }, { value: 'not-a-signal' }],
      },
    };
    const home = nextCall(t, 'views.publish');
    const submitted = await t.driver.viewSubmission({
      userId: ALICE,
      callbackId: SAVE_EVIDENCE_CALLBACK,
      viewId: view.id,
      values,
      privateMetadata: modal.private_metadata,
      blocks: view.view.blocks,
    });
    expect(submitted.body).toMatchObject({ response_action: 'update', view: { callback_id: 'evidence_saved' } });
    expect(textOf(submitted.body)).toContain('Run a stakeholder workshop');

    const rows = await t.db.prisma.evidence.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'message',
      text: 'Sales thanked me for the workshop',
      link,
      milestoneId: seeded.milestoneIds[0],
      pathwayId: seeded.pathwayId,
      authorId: seeded.personId,
    });
    expect(rows[0]!.signalKeys).toEqual(['non-learning-stakeholders']);
    expect(textOf((await home).args.view)).toContain('Sales thanked me for the workshop');

    const wins = await t.driver.slashCommand({ userId: ALICE, text: 'wins' });
    const answer = textOf((await t.responseTo(wins)).body);
    expect(answer).toContain('Saved message');
    expect(answer).toContain('Sales thanked me for the workshop');
    expect(answer).toContain('open the message');
    expectCleanSlackTraffic(t);
  });

  it('opens without a link when Pathway cannot see the conversation, and saves to the wins log', async () => {
    await seedPathway(t, ALICE, [{ title: 'One', due: '2027-02-01' }]);
    t.fake.setChannel('G0SECRET', { name: 'secret', isPrivate: true, members: [ALICE, BOB] });
    const { view } = await shortcutOn('G0SECRET', 'Great job on the pilot');
    expect(t.fake.callsTo('chat.getPermalink')[0]!.response).toMatchObject({ ok: false, error: 'channel_not_found' });
    const values = formValues(view.view);
    expect(values[SAVE_EVIDENCE_FIELDS.link]![SAVE_EVIDENCE_FIELDS.link]!.value).toBeNull();
    expect(textOf(view.view)).toContain(NO_PERMALINK_NOTICE.slice(30, 80));

    const submitted = await submitModal(t, ALICE, SAVE_EVIDENCE_CALLBACK, view, values);
    expect(submitted.body).toMatchObject({ response_action: 'update' });
    expect(await t.db.prisma.evidence.findFirstOrThrow()).toMatchObject({
      text: 'Great job on the pilot',
      link: null,
      milestoneId: null,
    });
    expectCleanSlackTraffic(t);
  });

  it('asks for a note, a web link and a milestone still on the pathway, beside each field', async () => {
    await seedPathway(t, ALICE, [{ title: 'One', due: '2027-02-01' }]);
    const { view } = await shortcutOn(CHANNEL, 'x');
    const values = formValues(view.view);
    setField(values, SAVE_EVIDENCE_FIELDS.note, { value: '   ' });
    setField(values, SAVE_EVIDENCE_FIELDS.link, { value: 'ftp://files.test/a' });
    setField(values, SAVE_EVIDENCE_FIELDS.target, { selected_option: { value: 'cforgedmilestone' } });
    const submitted = await submitModal(t, ALICE, SAVE_EVIDENCE_CALLBACK, view, values);
    const body = submitted.body as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual(
      [SAVE_EVIDENCE_FIELDS.link, SAVE_EVIDENCE_FIELDS.note, SAVE_EVIDENCE_FIELDS.target].sort(),
    );
    expect(await t.db.prisma.evidence.count()).toBe(0);
  });

  it('says to start a plan first when there is no pathway, in the conversation', async () => {
    const message = t.fake.postAsUser(BOB, CHANNEL, 'Nice work');
    const request = await t.driver.messageAction({
      userId: ALICE,
      callbackId: SAVE_EVIDENCE_SHORTCUT,
      channelId: CHANNEL,
      message: { ts: message.ts, text: 'Nice work', user: BOB },
    });
    const answer = textOf((await t.responseTo(request)).body);
    expect(answer).toContain('You have no active pathway yet: start one with `/pathway plan`');
    expect(t.fake.callsTo('views.open')).toEqual([]);
    expectCleanSlackTraffic(t);
  });
});
