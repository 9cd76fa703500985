/**
 * Thanks that count, end to end: `/pathway thanks @ana for …` and the "Thank for this" message
 * shortcut keep the thanks in the recipient's wins log and DM them; a channel sees it only with the
 * recipient's consent (the celebration consent flow); and no view ever counts thanks.
 */
import type { KnownBlock } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { READINESS_CASE_ACTION, WINS_ACTIONS, winsValue } from '../../src/blocks/evidence.js';
import { THANKS_CALLBACK, THANKS_FIELDS, THANKS_SHORTCUT } from '../../src/blocks/thanks.js';
import { THANK_YOURSELF_MESSAGE } from '../../src/services/thanks.js';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { BOB, DANA } from '../support/cast.js';
import { channelMessages, deliverOutbox, seedPerson } from '../support/celebrations.js';
import { nextCall, openedView, textOf } from '../support/slack-ui.js';

const ANA = 'U0ANA';
const CHANNEL = 'C0WINS';
const GENERAL = 'C0GENERAL';

/** A number next to "thanks" in any form: "3 thanks", "thanks (3)", "Thanks: 3", "thanked 3 times". */
const THANKS_COUNT = /\d+\s*(?:thanks|thank-yous)|thanks\W{0,3}\(?\d+|thanked\s+\d+\s+times/i;

describe('thanks that count', () => {
  let t: TestApp;
  useTestApp((app) => (t = app));
  beforeEach(() => {
    for (const id of [ANA, BOB, DANA]) t.fake.setUser({ id, tz: 'Europe/London' });
    t.fake.setChannel(CHANNEL, { name: 'team-wins', members: [t.fake.bot.userId] });
    t.fake.setChannel(GENERAL, { name: 'general', members: [ANA, BOB, t.fake.bot.userId] });
  });

  async function seedAna(consent: 'ask' | 'always' | 'never' = 'ask') {
    const seeded = await seedPerson(t, { slackUserId: ANA, consent, workspaceChannel: CHANNEL });
    const dana = await t.db.prisma.person.create({ data: { workspaceId: seeded.workspace.id, slackUserId: DANA } });
    await t.db.prisma.person.update({ where: { id: seeded.person.id }, data: { managerId: dana.id } });
    return seeded;
  }

  async function thankByCommand(text: string, userId = BOB) {
    const request = await t.driver.slashCommand({ userId, text });
    expect(request.status).toBe(200);
    return textOf((await t.responseTo(request)).body);
  }

  function dmsTo(userId: string) {
    return t.fake.messagesIn(t.fake.dmChannelFor(userId));
  }

  async function pressConsent(choice: 'once' | 'always' | 'never') {
    const question = dmsTo(ANA).findLast((m) => JSON.stringify(m.blocks).includes('celebration_consent_'))!;
    const actions = (question.blocks as KnownBlock[]).find((block) => block.type === 'actions') as {
      elements: Array<{ action_id: string; value: string }>;
    };
    const button = actions.elements.find((e) => e.action_id.endsWith(choice))!;
    const request = await t.driver.blockAction({
      userId: ANA,
      actionId: button.action_id,
      blockId: 'celebration_consent',
      value: button.value,
      container: { channelId: question.channel, messageTs: question.ts, blocks: question.blocks as unknown[] },
    });
    await t.responseTo(request);
    await deliverOutbox(t);
  }

  it('keeps a thanks by command in the wins log, DMs the person, and posts it only once they consent', async () => {
    const { pathway } = await seedAna('ask');
    const answer = await thankByCommand(`thanks <@${ANA}|ana> for running the Q3 workshop`);
    expect(answer).toContain(`Thanks sent to <@${ANA}>`);
    const rows = await t.db.prisma.evidence.findMany();
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'thanks', text: 'running the Q3 workshop', pathwayId: pathway.id }),
    ]);
    await deliverOutbox(t);
    const dms = textOf(dmsTo(ANA));
    expect(dms).toContain(`<@${BOB}> thanked you for: running the Q3 workshop`);
    expect(dms).toContain('You were thanked by a colleague for');
    expect(channelMessages(t)).toEqual([]);

    await pressConsent('once');
    const posts = channelMessages(t);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toContain(`<@${ANA}> was thanked by a colleague for *running the Q3 workshop*`);
    expect(posts[0]).not.toContain(BOB);

    const wins = await thankByCommand('wins', ANA);
    expect(wins).toContain(`Thanks from <@${BOB}>`);
    expect(wins).toContain('running the Q3 workshop');
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('never posts in a channel for someone who said never, and the thanks still counts as evidence', async () => {
    await seedAna('never');
    await thankByCommand(`thanks <@${ANA}> for the budget model`);
    await deliverOutbox(t);
    expect(textOf(dmsTo(ANA))).toContain('thanked you for: the budget model');
    expect(textOf(dmsTo(ANA))).not.toContain('celebration_consent_');
    expect(channelMessages(t)).toEqual([]);
    expect(await t.db.prisma.evidence.count({ where: { kind: 'thanks' } })).toBe(1);
  });

  it('thanks from the "Thank for this" shortcut: the author, the message and a signal, with its link', async () => {
    const { pathway } = await seedAna('never');
    const message = t.fake.postAsUser(ANA, GENERAL, 'Here are the slides from the Q3 workshop');
    const opened = nextCall(t, 'views.open');
    const request = await t.driver.messageAction({
      userId: BOB,
      callbackId: THANKS_SHORTCUT,
      channelId: GENERAL,
      message: { ts: message.ts, text: message.text ?? '', user: ANA },
    });
    expect(request.status).toBe(200);
    const view = openedView(await opened);
    const modal = view.view as unknown as {
      callback_id: string;
      blocks: Array<{
        block_id?: string;
        element?: { initial_user?: string; initial_value?: string; options?: Array<{ value: string }> };
      }>;
    };
    expect(modal.callback_id).toBe(THANKS_CALLBACK);
    const field = (id: string) => modal.blocks.find((block) => block.block_id === id)!.element!;
    expect(field(THANKS_FIELDS.to).initial_user).toBe(ANA);
    expect(field(THANKS_FIELDS.reason).initial_value).toBe('Here are the slides from the Q3 workshop');
    const signal = field(THANKS_FIELDS.signals).options!.find(
      (option) => option.value === 'non-learning-stakeholders',
    )!.value;

    const values = {
      [THANKS_FIELDS.to]: { [THANKS_FIELDS.to]: { type: 'users_select', selected_user: ANA } },
      [THANKS_FIELDS.reason]: {
        [THANKS_FIELDS.reason]: { type: 'plain_text_input', value: 'the clear Q3 workshop slides' },
      },
      [THANKS_FIELDS.signals]: {
        [THANKS_FIELDS.signals]: { type: 'multi_static_select', selected_options: [{ value: signal }] },
      },
    };
    const submitted = await t.driver.viewSubmission({
      userId: BOB,
      callbackId: THANKS_CALLBACK,
      viewId: view.id,
      values,
      privateMetadata: String(view.view.private_metadata),
      blocks: view.view.blocks,
    });
    expect(submitted.body).toMatchObject({ response_action: 'update' });
    const row = await t.db.prisma.evidence.findFirstOrThrow({ where: { kind: 'thanks' } });
    expect(row).toMatchObject({ text: 'the clear Q3 workshop slides', pathwayId: pathway.id, signalKeys: [signal] });
    expect(row.link).toContain(`/archives/${GENERAL}/p`);
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);
  });

  it('says you cannot thank yourself, and what to do instead', async () => {
    await seedAna();
    expect(await thankByCommand(`thanks <@${ANA}> for me`, ANA)).toContain(THANK_YOURSELF_MESSAGE.slice(0, 40));
    expect(await thankByCommand('thanks for the help')).toContain('mention the person with @ first');
    expect(await t.db.prisma.evidence.count()).toBe(0);
  });

  it('never shows a count of thanks: not in the wins log, the readiness case, Home, the overview, the team view or the channel', async () => {
    const { pathway } = await seedAna('always');
    for (const reason of ['the workshop', 'the budget model', 'the onboarding guide'])
      await thankByCommand(`thanks <@${ANA}> for ${reason}`);
    await deliverOutbox(t);
    const views: string[] = [];
    views.push(await thankByCommand('wins', ANA), await thankByCommand('', ANA), await thankByCommand('team', DANA));
    const home = nextCall(t, 'views.publish');
    await t.driver.event({ type: 'app_home_opened', user: ANA, channel: 'D0HOME', tab: 'home' });
    views.push(textOf((await home).args.view));
    for (const [userId, action, value] of [
      [ANA, READINESS_CASE_ACTION, pathway.id],
      [DANA, WINS_ACTIONS.open, winsValue(pathway.id, 1)],
    ] as const) {
      const opened = nextCall(t, 'views.open');
      await t.driver.blockAction({ userId, actionId: action, value, view: { id: 'V0HOME', type: 'home' } });
      views.push(textOf((await opened).args.view));
    }
    views.push(...channelMessages(t));
    expect(views.join('\n')).toContain('the onboarding guide');
    for (const counted of ['3 thanks', 'Thanks (3)', 'thanked 3 times']) expect(counted).toMatch(THANKS_COUNT);
    for (const text of views) expect(text).not.toMatch(THANKS_COUNT);
  });
});
