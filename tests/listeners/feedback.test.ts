/**
 * Feedback on readiness signals end to end, through the signed driver and the fake Slack: asking
 * (and the limit on open requests), the colleague's DM and answer form, "I haven't seen this", the
 * one reminder, answers shown per colleague only with consent and otherwise counted together once
 * two answered, the manager's view, and a request nobody answered closing without a word.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CALIBRATE_OPEN_ACTION } from '../../src/blocks/checkin.js';
import { READINESS_CASE_ACTION } from '../../src/blocks/evidence.js';
import {
  FEEDBACK_ANSWER_ACTION,
  FEEDBACK_ASK_CALLBACK,
  FEEDBACK_FIELDS,
  FEEDBACK_OPEN_ACTION,
} from '../../src/blocks/feedback.js';
import type { Rating } from '../../src/domain/readiness.js';
import { FEEDBACK_NOT_YOURS_MESSAGE } from '../../src/services/privacy.js';
import { expectCleanSlackTraffic } from '../support/app-harness.js';
import { ALICE, DANA, EVE, SAM, TOM } from '../support/cast.js';
import { deliverOutbox } from '../support/celebrations.js';
import { seedCheckIn } from '../support/checkins.js';
import {
  answerButtonValue,
  askedSignalKeys,
  openAnswerForm,
  openAskForm,
  pressAnswer,
  submitAnswerForm,
  submitAskForm,
} from '../support/feedback.js';
import { seedPathway, usePathwayApp } from '../support/pathways.js';
import { clickOnHome, nextCall, type OpenedView, textOf } from '../support/slack-ui.js';

const UMA = 'U0UMA';
const MORE = ['U0V1', 'U0V2', 'U0V3'];
const DAY = 86_400_000;

describe('feedback on readiness signals', () => {
  const t = usePathwayApp({ users: [ALICE, SAM, TOM, UMA, DANA, EVE, ...MORE] });
  let signalKeys: string[];
  beforeEach(async () => {
    const seeded = await seedPathway(t, ALICE, [{ title: 'Run a stakeholder workshop', due: '2027-03-01' }]);
    const dana = await t.db.prisma.person.create({
      data: {
        workspaceId: (await t.db.prisma.person.findUniqueOrThrow({ where: { id: seeded.personId } })).workspaceId,
        slackUserId: DANA,
      },
    });
    await t.db.prisma.person.update({ where: { id: seeded.personId }, data: { managerId: dana.id } });
    signalKeys = [];
  });

  /** `/pathway feedback …` as Alice: the ask form. */
  const openAsk = (text: string) => openAskForm(t, ALICE, text);
  const submitAsk = (form: OpenedView, colleagues: string[], keys: string[]) =>
    submitAskForm(t, ALICE, form, colleagues, keys);

  function dmsTo(userId: string) {
    return t.fake.messagesIn(t.fake.dmChannelFor(userId));
  }

  /** The colleague presses Answer in their DM (the latest one), and answers. */
  async function answer(
    userId: string,
    choices: Record<string, string>,
    options: { comments?: Record<string, string>; named?: boolean } = {},
  ) {
    const dm = dmsTo(userId).findLast((message) => JSON.stringify(message.blocks).includes(FEEDBACK_ANSWER_ACTION))!;
    const requestId = answerButtonValue(dm.blocks);
    const view = await openAnswerForm(t, userId, dm, requestId);
    const submitted = await submitAnswerForm(t, userId, view, { choices, ...options });
    return { view, submitted, requestId };
  }

  async function overviewText(): Promise<string> {
    const request = await t.driver.slashCommand({ userId: ALICE, text: '' });
    return textOf((await t.responseTo(request)).body);
  }

  async function readinessCaseAs(userId: string): Promise<string> {
    const pathway = await t.db.prisma.pathway.findFirstOrThrow();
    const opened = nextCall(t, 'views.open');
    const request = await clickOnHome(t, userId, READINESS_CASE_ACTION, pathway.id);
    expect(request.status).toBe(200);
    return textOf((await opened).args.view);
  }

  it('asks colleagues by DM, takes answers (or "haven’t seen"), reminds once, and shows named and counted-together answers', async () => {
    const view = await openAsk(`feedback <@${SAM}> 1 3`);
    const modal = view.view as unknown as {
      callback_id: string;
      blocks: Array<{
        block_id?: string;
        element?: {
          initial_users?: string[];
          initial_options?: Array<{ value: string }>;
          options?: Array<{ value: string }>;
        };
      }>;
    };
    expect(modal.callback_id).toBe(FEEDBACK_ASK_CALLBACK);
    const colleaguesInput = modal.blocks.find((block) => block.block_id === FEEDBACK_FIELDS.colleagues)!;
    expect(colleaguesInput.element!.initial_users).toEqual([SAM]);
    const signalsInput = modal.blocks.find((block) => block.block_id === FEEDBACK_FIELDS.signals)!;
    signalKeys = signalsInput.element!.options!.map((option) => option.value);
    expect(signalsInput.element!.initial_options!.map((option) => option.value)).toEqual([
      signalKeys[0],
      signalKeys[2],
    ]);
    const [first, , third] = signalKeys as [string, string, string];

    const asked = await submitAsk(view, [SAM, TOM, UMA], [first, third]);
    expect(asked.body).toMatchObject({ response_action: 'update' });
    expect(textOf(asked.body)).toContain('one reminder');
    expect(await t.db.prisma.feedbackRequest.count()).toBe(3);
    await deliverOutbox(t);
    for (const colleague of [SAM, TOM, UMA]) {
      const dms = dmsTo(colleague);
      expect(dms).toHaveLength(1);
      expect(textOf(dms[0])).toContain(`<@${ALICE}>`);
      expect(textOf(dms[0])).toContain('Impact');
      // The signals' own words, never the role they belong to: the person's goal is theirs and their manager's.
      expect(textOf(dms[0])).not.toContain('Senior Instructional Designer');
    }

    // Sam: named, consistent on the first signal, has not seen the third.
    const sam = await answer(
      SAM,
      { [first]: '3', [third]: 'unseen' },
      { comments: { [first]: 'Ran the sales workshop brilliantly' }, named: true },
    );
    // The form does not promise more anonymity than counting together gives.
    expect(textOf(sam.view.view)).toContain(
      'That is not full anonymity: someone who compares the counts before and after your answer may tell yours apart.',
    );
    expect(sam.submitted.body).toMatchObject({ response_action: 'update' });
    expect(textOf(sam.view.view)).toContain('I haven’t seen this');
    expect(textOf(sam.view.view)).toContain('Regularly, without being asked.');
    // Tom: anonymous.
    await answer(TOM, { [first]: '3', [third]: '2' }, { comments: { [first]: 'Solid with stakeholders' } });
    await deliverOutbox(t);
    expect(textOf(dmsTo(ALICE))).toContain(`<@${SAM}> answered your feedback request`);
    expect(textOf(dmsTo(ALICE))).toContain('A colleague you asked answered');

    // One anonymous answer on a signal is kept back; Sam's named one shows.
    let overview = await overviewText();
    expect(overview).toContain('colleagues: 1 consistent');
    expect(overview).not.toContain('2 consistent');

    // Three days on: only Uma, who has not answered, gets the one reminder.
    t.clock.set(new Date(t.clock.now().getTime() + 3 * DAY + 3_600_000).toISOString());
    await deliverOutbox(t);
    expect(dmsTo(UMA)).toHaveLength(2);
    expect(textOf(dmsTo(UMA)[1])).toContain('A reminder');
    expect(dmsTo(SAM).filter((m) => JSON.stringify(m).includes('A reminder'))).toEqual([]);
    expect(dmsTo(TOM).filter((m) => JSON.stringify(m).includes('A reminder'))).toEqual([]);
    t.clock.set(new Date(t.clock.now().getTime() + 5 * DAY).toISOString());
    await deliverOutbox(t);
    expect(dmsTo(UMA)).toHaveLength(2);

    // Uma answers anonymously: two anonymous answers on the first signal are now counted together.
    await answer(UMA, { [first]: '2', [third]: '2' }, { comments: { [first]: 'Getting there' } });
    overview = await overviewText();
    expect(overview).toContain('colleagues: 2 consistent, 1 emerging');

    const own = await readinessCaseAs(ALICE);
    expect(own).toContain(`<@${SAM}>: consistent`);
    expect(own).toContain('Ran the sales workshop brilliantly');
    expect(own).toContain('Together: 1 consistent, 1 emerging');
    expect(own).toContain('Getting there');
    expect(own).toContain(`<@${SAM}>: haven’t seen it`);
    expect(own).not.toContain(TOM);
    expect(own).not.toContain(UMA);

    // The manager sees the same third view, in the readiness case and beside the ratings when calibrating.
    const managers = await readinessCaseAs(DANA);
    expect(managers).toContain('Together: 1 consistent, 1 emerging');
    expect(managers).toContain(`<@${SAM}>: consistent`);
    const alice = await t.db.prisma.person.findFirstOrThrow({ where: { slackUserId: ALICE } });
    const checkInId = await seedCheckIn(t, alice, Object.fromEntries(signalKeys.map((key) => [key, 2 as Rating])), {
      manager: { [first]: 3 },
    });
    const calibration = nextCall(t, 'views.open');
    await clickOnHome(t, DANA, CALIBRATE_OPEN_ACTION, checkInId);
    const calibrating = textOf((await calibration).args.view);
    expect(calibrating).toContain('Colleagues’ view');
    expect(calibrating).toContain('Together: 1 consistent, 1 emerging');
    // Beside the person's own rating and the manager's, in their readiness view.
    expect(await overviewText()).toContain('manager: consistent · colleagues: 2 consistent, 1 emerging');

    // The colleague sees only their own answer when they open it again.
    const dm = dmsTo(SAM)[0]!;
    const samView = textOf((await openAnswerForm(t, SAM, dm, sam.requestId)).view);
    expect(samView).toContain('Ran the sales workshop brilliantly');
    expect(samView).not.toContain('Solid with stakeholders');
    expect(samView).not.toContain('Getting there');

    // Someone else pressing Sam's button is told it is not theirs.
    const other = await pressAnswer(t, EVE, dm, sam.requestId);
    expect(textOf((await t.responseTo(other)).body)).toContain(FEEDBACK_NOT_YOURS_MESSAGE.slice(0, 50));
    expectCleanSlackTraffic(t);
  });

  it('allows at most five waiting requests, says what to do instead, and lets a request nobody answered close quietly', async () => {
    const view = await openAsk('feedback');
    const keys = askedSignalKeys(view);
    expect((await submitAsk(view, [SAM, TOM, UMA], [keys[0]!])).body).toMatchObject({ response_action: 'update' });
    await deliverOutbox(t);

    const tooMany = await submitAsk(await openAsk('feedback'), MORE, [keys[0]!]);
    const body = tooMany.body as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[FEEDBACK_FIELDS.colleagues]).toContain('at most 5 can wait at once');
    expect(body.errors[FEEDBACK_FIELDS.colleagues]).toContain('Pick at most 2 colleagues now');
    expect(await t.db.prisma.feedbackRequest.count()).toBe(3);

    // Waiting requests show as "no answer yet", never as a refusal; after two weeks they close without a word.
    expect(await readinessCaseAs(ALICE)).toContain('no answer yet');
    t.clock.set(new Date(t.clock.now().getTime() + 15 * DAY).toISOString());
    await deliverOutbox(t);
    const closed = await readinessCaseAs(ALICE);
    expect(closed).not.toContain('no answer yet');
    for (const text of [closed, await overviewText(), textOf(dmsTo(ALICE))])
      expect(text).not.toMatch(/declin|refus|ignored/i);
    // Closed requests no longer count: five more may be asked.
    expect((await submitAsk(await openAsk('feedback'), [...MORE, SAM, TOM], [keys[0]!])).body).toMatchObject({
      response_action: 'update',
    });
    // A closed request takes no more answers, and its reminder was never sent.
    expect(dmsTo(UMA)).toHaveLength(1);
    const dm = dmsTo(UMA)[0]!;
    const late = await pressAnswer(t, UMA, dm);
    expect(textOf((await t.responseTo(late)).body)).toContain('no longer takes answers');
    expectCleanSlackTraffic(t);
  });

  it('opens the ask form from the check-in and from the readiness case, and says which signal numbers exist', async () => {
    const opened = nextCall(t, 'views.open');
    await clickOnHome(t, ALICE, FEEDBACK_OPEN_ACTION, 'ask');
    expect(textOf((await opened).args.view)).toContain(FEEDBACK_ASK_CALLBACK);
    expect(await readinessCaseAs(ALICE)).toContain(FEEDBACK_OPEN_ACTION);
    expect(await readinessCaseAs(DANA)).not.toContain(FEEDBACK_OPEN_ACTION);

    const wrong = await t.driver.slashCommand({ userId: ALICE, text: 'feedback 9' });
    expect(textOf((await t.responseTo(wrong)).body)).toContain('so there is no signal 9');
    const self = await submitAsk(await openAsk('feedback'), [ALICE], ['x']);
    expect(textOf(self.body)).toContain('You picked yourself');
    t.fake.setUser({ id: 'U0GONE', tz: 'Europe/London', deleted: true });
    const gone = await submitAsk(await openAsk('feedback'), [SAM, 'U0GONE'], ['x']);
    expect(textOf(gone.body)).toContain('<@U0GONE> is a deactivated account');
    expect(await t.db.prisma.feedbackRequest.count()).toBe(0);
  });
});
