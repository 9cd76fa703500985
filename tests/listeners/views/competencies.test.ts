/**
 * Competency self-assessment end to end through the real app and the fake Slack:
 * `/pathway competencies` opens the modal, a submission stores one row per
 * competency, and the ratings show beside readiness in `/pathway` and on Home,
 * where the "assess your competencies" milestone carries an Assess button.
 */

import { expectValidView } from '@pathway/fake-slack';
import type { KnownBlock, ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESS_COMPETENCIES_TEMPLATE_KEY,
  COMPETENCIES_CALLBACK,
  COMPETENCIES_OPEN_ACTION,
  COMPETENCY_NOTE_ACTION,
  COMPETENCY_RATING_ACTION,
  competencyNoteBlockId,
  competencyRatingBlockId,
  PICK_A_RATING,
} from '../../../src/blocks/competencies.js';
import type { Rating } from '../../../src/domain/readiness.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import type { ViewAnswer } from '../../support/answers.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { seedPerson } from '../../support/checkins.js';

const WAIT = 5000;

function values(ratings: Record<string, Rating | undefined>, notes: Record<string, string> = {}) {
  const state: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [key, rating] of Object.entries(ratings)) {
    state[competencyRatingBlockId(key)] = {
      [COMPETENCY_RATING_ACTION]: {
        type: 'static_select',
        selected_option:
          rating === undefined ? null : { value: String(rating), text: { type: 'plain_text', text: String(rating) } },
      },
    };
    state[competencyNoteBlockId(key)] = {
      [COMPETENCY_NOTE_ACTION]: { type: 'plain_text_input', value: notes[key] ?? null },
    };
  }
  return state;
}

describe('competency self-assessment', () => {
  let t: TestApp;
  let alice: Person;

  useTestApp((app) => (t = app), { now: '2027-01-11T10:00:00Z' });
  beforeEach(async () => {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    alice = await seedPerson(t, 'U0ALICE', {
      manager: dana,
      milestones: [{ title: 'Assess yourself against Senior Instructional Designer' }, { title: 'Run a workshop' }],
    });
    const first = await t.db.prisma.milestone.findFirstOrThrow({
      where: { pathway: { personId: alice.id }, position: 1 },
    });
    await t.db.prisma.milestone.update({
      where: { id: first.id },
      data: { templateKey: ASSESS_COMPETENCIES_TEMPLATE_KEY },
    });
  });

  async function openByCommand(): Promise<{ view: ModalView; keys: string[] }> {
    await t.driver.slashCommand({ userId: 'U0ALICE', text: 'competencies' });
    const opened = await t.fake.waitForCall('views.open', undefined, WAIT);
    const view = opened.args.view as ModalView;
    expectValidView(view);
    expect(view.callback_id).toBe(COMPETENCIES_CALLBACK);
    const keys = view.blocks.flatMap((block) =>
      block.type === 'input' && block.block_id?.startsWith('competency:')
        ? [block.block_id.slice('competency:'.length)]
        : [],
    );
    return { view, keys };
  }

  async function submit(view: ModalView, state: ReturnType<typeof values>): Promise<ViewAnswer> {
    const result = await t.driver.viewSubmission({
      userId: 'U0ALICE',
      callbackId: COMPETENCIES_CALLBACK,
      values: state,
      privateMetadata: view.private_metadata,
      blocks: view.blocks as KnownBlock[],
    });
    expect(result.status).toBe(200);
    return result.body as ViewAnswer;
  }

  it('the command opens the modal, a submission stores a row per competency, and /pathway and Home show the ratings', async () => {
    const { view, keys } = await openByCommand();
    expect(keys.length).toBeGreaterThan(1);
    expect(JSON.stringify(view.blocks)).toContain('Senior Instructional Designer');

    // A missing rating is answered beside its field, and nothing is stored.
    const [first, ...rest] = keys as [string, ...string[]];
    const missing = await submit(
      view,
      values({ [first]: undefined, ...Object.fromEntries(rest.map((key) => [key, 3 as Rating])) }),
    );
    expect(missing).toEqual({ response_action: 'errors', errors: { [competencyRatingBlockId(first)]: PICK_A_RATING } });
    expect(await t.db.prisma.competencyAssessment.count()).toBe(0);

    const answer = await submit(
      view,
      values(
        { [first]: 4, ...Object.fromEntries(rest.map((key) => [key, 2 as Rating])) },
        { [first]: 'Led the redesign' },
      ),
    );
    expect(answer.response_action).toBe('update');
    expectValidView(answer.view);
    const confirmation = JSON.stringify(answer.view?.blocks);
    expect(confirmation).toContain(`${keys.length} competencies assessed.* <@U0DANA> sees them`);
    expect(confirmation).toContain(`1 role model, ${rest.length} emerging`);

    const rows = await t.db.prisma.competencyAssessment.findMany({ orderBy: { competencyKey: 'asc' } });
    expect(rows).toHaveLength(keys.length);
    expect(rows.every((row) => row.personId === alice.id && row.goalRoleKey === 'senior-instructional-designer')).toBe(
      true,
    );
    expect(rows.find((row) => row.competencyKey === first)).toMatchObject({ rating: 4, note: 'Led the redesign' });

    // Home is republished with the ratings beside readiness.
    const publish = await t.fake.waitForCall('views.publish', (call) => call.args.user_id === 'U0ALICE', WAIT);
    expect(JSON.stringify(publish.args.view)).toContain('Competencies (self-assessed)');

    // /pathway shows them too, in words.
    const overview = await t.driver.slashCommand({ userId: 'U0ALICE', text: '' });
    const text = JSON.stringify((await t.responseTo(overview)).body);
    expect(text).toContain('Competencies (self-assessed)');
    expect(text).toContain(': role model');
    expectCleanSlackTraffic(t);
  });

  it('the milestone’s Assess button on Home opens the modal, prefilled from the last assessment', async () => {
    const { view, keys } = await openByCommand();
    await submit(view, values(Object.fromEntries(keys.map((key) => [key, 3 as Rating]))));
    const publish = await t.fake.waitForCall('views.publish', (call) => call.args.user_id === 'U0ALICE', WAIT);
    const home = JSON.stringify(publish.args.view);
    const milestone = await t.db.prisma.milestone.findFirstOrThrow({
      where: { templateKey: ASSESS_COMPETENCIES_TEMPLATE_KEY },
    });
    expect(home).toContain(`"action_id":"${COMPETENCIES_OPEN_ACTION}","value":"${milestone.id}"`);
    t.fake.reset();

    await t.driver.blockAction({
      userId: 'U0ALICE',
      actionId: COMPETENCIES_OPEN_ACTION,
      value: milestone.id,
      view: { type: 'home' },
    });
    const opened = await t.fake.waitForCall('views.open', undefined, WAIT);
    const prefilled = opened.args.view as ModalView;
    expectValidView(prefilled);
    expect(JSON.stringify(prefilled.blocks)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Consistent","emoji":true},"value":"3"}',
    );
    expect(JSON.stringify(prefilled.blocks)).toContain('Your ratings from Mon 11 Jan 2027 are filled in');
    expectCleanSlackTraffic(t);
  });

  it('says what to type when something follows the command, and lists it in help', async () => {
    const extra = await t.driver.slashCommand({ userId: 'U0ALICE', text: 'competencies now' });
    expect(JSON.stringify((await t.responseTo(extra)).body)).toContain('`competencies` needs a different form');
    const help = await t.driver.slashCommand({ userId: 'U0ALICE', text: 'help' });
    expect(JSON.stringify((await t.responseTo(help)).body)).toContain('rate yourself on your goal role’s competencies');
  });
});
