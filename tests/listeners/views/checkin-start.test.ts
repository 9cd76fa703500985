/**
 * Check-ins with less friction, end to end: the modal starts from the last
 * check-in's ratings, shows each signal's readiness case beside it, and an
 * earlier example is kept with one tick; an example is still needed above
 * "not yet". The calibration modal shows the case beside each rating too.
 */
import type { InputBlock, KnownBlock, ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CALIBRATE_OPEN_ACTION,
  CHECKIN_CALLBACK,
  CHECKIN_OPEN_ACTION,
  exampleBlockId,
  KEEP_EXAMPLE_ACTION,
  KEEP_EXAMPLE_VALUE,
  keepExampleBlockId,
  ratingBlockId,
} from '../../../src/blocks/checkin.js';
import { EXAMPLE_REQUIRED_MESSAGE, type Rating } from '../../../src/domain/readiness.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import { expectCleanSlackTraffic } from '../../support/app-harness.js';
import { ALICE, DANA } from '../../support/cast.js';
import { activePathwayId, checkInValues, goalSignalKeys, seedCheckIn, seedPerson } from '../../support/checkins.js';
import { usePathwayApp } from '../../support/pathways.js';
import { clickInMessage, clickOnHome, nextCall, textOf } from '../../support/slack-ui.js';

describe('a check-in that starts from the last one', () => {
  const t = usePathwayApp({ users: [ALICE, DANA] });
  let alice: Person;
  let keys: string[];
  let pathwayId: string;

  beforeEach(async () => {
    keys = await goalSignalKeys(t);
    const dana = await seedPerson(t, DANA, { pathway: false });
    alice = await seedPerson(t, ALICE, {
      manager: dana,
      milestones: [
        {
          title: 'Run the stakeholder workshop',
          signalKeys: [keys[0]!],
          done: { at: t.clock.now(), evidence: 'Ran it with Sales' },
        },
      ],
    });
    pathwayId = await activePathwayId(t, alice);
    // Last time: the first signal "emerging" with an example, the rest "not yet".
    const ratings = Object.fromEntries(keys.map((key, index) => [key, (index === 0 ? 2 : 1) as Rating]));
    await seedCheckIn(t, alice, ratings, { at: new Date(t.clock.now().getTime() - 30 * 86_400_000) });
  });

  async function openCheckIn(): Promise<ModalView & { blocks: KnownBlock[] }> {
    const opened = nextCall(t, 'views.open');
    await clickOnHome(t, ALICE, CHECKIN_OPEN_ACTION, pathwayId);
    return (await opened).args.view as ModalView & { blocks: KnownBlock[] };
  }

  function input(view: { blocks: KnownBlock[] }, blockId: string): InputBlock | undefined {
    return view.blocks.find((block): block is InputBlock => block.type === 'input' && block.block_id === blockId);
  }

  it('starts each rating from last time, offers to keep the last example, and shows the readiness case beside the signal', async () => {
    const view = await openCheckIn();
    expect(
      (input(view, ratingBlockId(keys[0]!))!.element as { initial_option?: { value: string } }).initial_option?.value,
    ).toBe('2');
    expect(
      (input(view, ratingBlockId(keys[1]!))!.element as { initial_option?: { value: string } }).initial_option?.value,
    ).toBe('1');
    const keep = input(view, keepExampleBlockId(keys[0]!))!;
    expect(textOf(keep)).toContain(`Example for ${keys[0]}`);
    expect(input(view, keepExampleBlockId(keys[1]!))).toBeUndefined();
    const firstSignal = textOf(view.blocks[1]);
    expect(firstSignal).toContain('1 of 1 milestone done');
    expect(firstSignal).toContain(`last example`);
    expect(textOf(view.blocks[0])).toContain('Your ratings start from your last check-in');
    expectCleanSlackTraffic(t);
  });

  it('keeps the last example with one tick; a rating above not yet still needs one', async () => {
    const answers: Record<string, { rating: Rating; example?: string }> = Object.fromEntries(
      keys.map((key) => [key, { rating: 1 as Rating }]),
    );
    answers[keys[0]!] = { rating: 3 };
    answers[keys[1]!] = { rating: 2 };
    const values = {
      ...checkInValues(answers),
      [keepExampleBlockId(keys[0]!)]: {
        [KEEP_EXAMPLE_ACTION]: { type: 'checkboxes', selected_options: [{ value: KEEP_EXAMPLE_VALUE }] },
      },
    };
    const submit = () =>
      t.driver.viewSubmission({
        userId: ALICE,
        callbackId: CHECKIN_CALLBACK,
        values,
        privateMetadata: JSON.stringify({ pathwayId }),
        blocks: [{ type: 'input', block_id: ratingBlockId(keys[0]!) }],
      });

    const refused = (await submit()).body as { response_action: string; errors: Record<string, string> };
    expect(refused).toEqual({
      response_action: 'errors',
      errors: { [exampleBlockId(keys[1]!)]: EXAMPLE_REQUIRED_MESSAGE },
    });

    answers[keys[1]!] = { rating: 2, example: 'Mapped the onboarding flow end to end' };
    Object.assign(values, checkInValues({ [keys[1]!]: answers[keys[1]!]! }));
    expect(((await submit()).body as { response_action: string }).response_action).toBe('update');
    const latest = await t.db.prisma.checkIn.findFirstOrThrow({
      orderBy: { createdAt: 'desc' },
      include: { ratings: true },
    });
    const byKey = new Map(latest.ratings.map((rating) => [rating.signalKey, rating]));
    expect(byKey.get(keys[0]!)).toMatchObject({ selfRating: 3, example: `Example for ${keys[0]}` });
    expect(byKey.get(keys[1]!)).toMatchObject({ selfRating: 2, example: 'Mapped the onboarding flow end to end' });

    // The kept example is one piece of evidence, not two.
    const wins = await t.driver.slashCommand({ userId: ALICE, text: 'wins' });
    expect(textOf((await t.responseTo(wins)).body).split(`Example for ${keys[0]}`)).toHaveLength(2);
    expectCleanSlackTraffic(t);
  });

  it('a new example replaces the kept one', async () => {
    const answers: Record<string, { rating: Rating; example?: string }> = Object.fromEntries(
      keys.map((key) => [key, { rating: 1 as Rating }]),
    );
    answers[keys[0]!] = { rating: 3, example: 'Led the review with Finance' };
    const values = {
      ...checkInValues(answers),
      [keepExampleBlockId(keys[0]!)]: {
        [KEEP_EXAMPLE_ACTION]: { type: 'checkboxes', selected_options: [{ value: KEEP_EXAMPLE_VALUE }] },
      },
    };
    const result = await t.driver.viewSubmission({
      userId: ALICE,
      callbackId: CHECKIN_CALLBACK,
      values,
      privateMetadata: JSON.stringify({ pathwayId }),
      blocks: [],
    });
    expect((result.body as { response_action: string }).response_action).toBe('update');
    const latest = await t.db.prisma.checkIn.findFirstOrThrow({
      orderBy: { createdAt: 'desc' },
      include: { ratings: { where: { signalKey: keys[0]! } } },
    });
    expect(latest.ratings[0]!.example).toBe('Led the review with Finance');
  });

  it('shows the manager each signal’s readiness case beside the self rating when calibrating', async () => {
    const checkIn = await t.db.prisma.checkIn.findFirstOrThrow();
    const opened = nextCall(t, 'views.open');
    await clickInMessage(t, DANA, CALIBRATE_OPEN_ACTION, checkIn.id);
    const view = (await opened).args.view as { blocks: KnownBlock[] };
    const first = textOf(view.blocks.find((block) => block.type === 'section'));
    expect(first).toContain('Self: *emerging*');
    expect(first).toContain('1 of 1 milestone done (:white_check_mark: 1. Run the stakeholder workshop)');
    expectCleanSlackTraffic(t);
  });
});
