import { expectValidBlocks, expectValidView } from '@pathway/fake-slack';
import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { CALIBRATE_OPEN_ACTION, CHECKIN_CALLBACK, exampleBlockId, ratingBlockId } from '../../../src/blocks/checkin.js';
import { COMPETENCIES_OPEN_ACTION } from '../../../src/blocks/competencies.js';
import { parseFramework } from '../../../src/domain/framework/parse.js';
import { EXAMPLE_REQUIRED_MESSAGE, type Rating } from '../../../src/domain/readiness.js';
import type { Person } from '../../../src/generated/prisma/client.js';
import { outboxPayloadSchema } from '../../../src/services/outbox.js';
import type { ViewAnswer } from '../../support/answers.js';
import { expectCleanSlackTraffic, type TestApp, useTestApp } from '../../support/app-harness.js';
import { checkInValues, GOAL, goalSignalKeys, outboxFor, seedCheckIn, seedPerson } from '../../support/checkins.js';
import { DEFAULT_SOURCE, frameworkVariant } from '../../support/framework-variants.js';

describe('check-in modal submission', () => {
  let t: TestApp;
  let keys: string[];
  useTestApp((app) => (t = app), { now: '2027-01-11T10:00:00Z' });
  beforeEach(async () => {
    keys = await goalSignalKeys(t);
  });

  async function pathwayIdOf(person: Person): Promise<string> {
    return (await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: person.id } })).id;
  }

  function allRated(rating: Rating, signalKeys = keys) {
    return Object.fromEntries(
      signalKeys.map((key) => [key, { rating, example: rating > 1 ? `When I showed ${key}` : undefined }]),
    );
  }

  async function submit(
    person: Person,
    values: ReturnType<typeof checkInValues>,
    pathwayId?: string,
  ): Promise<ViewAnswer> {
    const result = await t.driver.viewSubmission({
      userId: person.slackUserId,
      callbackId: CHECKIN_CALLBACK,
      values,
      privateMetadata: JSON.stringify({ pathwayId: pathwayId ?? (await pathwayIdOf(person)) }),
      blocks: keys.map((key) => ({ type: 'input', block_id: ratingBlockId(key) })),
    });
    expect(result.status).toBe(200);
    expect(result.ackMs).toBeLessThan(3000);
    return result.body as ViewAnswer;
  }

  it('shows errors inside the modal for a missing rating and a missing example, and stores nothing', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const [first, second, ...rest] = keys as [string, string, ...string[]];
    const answer = await submit(
      alice,
      checkInValues({ [first]: { rating: undefined }, [second]: { rating: 2, example: '   ' }, ...allRated(1, rest) }),
    );
    expect(answer.response_action).toBe('errors');
    expect(answer.errors).toEqual({
      [ratingBlockId(first)]: expect.stringContaining('Pick one'),
      [exampleBlockId(second)]: EXAMPLE_REQUIRED_MESSAGE,
    });
    expect(await t.db.prisma.checkIn.count()).toBe(0);
  });

  it('stores the check-in against the pathway’s framework version and goal, queues the manager’s summary and republishes Home', async () => {
    const dana = await seedPerson(t, 'U0DANA', { pathway: false });
    const alice = await seedPerson(t, 'U0ALICE', { manager: dana });
    const [first, ...rest] = keys as [string, ...string[]];
    const answer = await submit(alice, checkInValues({ [first]: { rating: 1 }, ...allRated(3, rest) }));
    expect(answer.response_action).toBe('update');
    expectValidView(answer.view);
    expect(JSON.stringify(answer.view?.blocks)).toContain('<@U0DANA> gets a summary');

    const pathway = await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: alice.id } });
    const checkIn = await t.db.prisma.checkIn.findFirstOrThrow({ include: { ratings: true } });
    expect(checkIn).toMatchObject({
      personId: alice.id,
      pathwayId: pathway.id,
      frameworkVersionId: pathway.frameworkVersionId,
      goalRoleKey: GOAL,
    });
    expect(checkIn.ratings).toHaveLength(keys.length);
    expect(checkIn.ratings.find((r) => r.signalKey === first)).toMatchObject({ selfRating: 1, example: null });
    expect(checkIn.ratings.find((r) => r.signalKey === rest[0])).toMatchObject({
      selfRating: 3,
      example: `When I showed ${rest[0]}`,
    });

    const [summary, ...others] = await outboxFor(t, 'U0DANA');
    expect(others).toEqual([]);
    expect(summary).toMatchObject({
      dedupeKey: `checkin-summary:${checkIn.id}`,
      kind: 'checkin-summary',
      status: 'pending',
    });
    const payload = outboxPayloadSchema.parse(summary!.payload);
    expectValidBlocks(payload.blocks, 'message');
    const summaryText = JSON.stringify(payload.blocks);
    expect(summaryText).toContain(`${keys.length - 1} of ${keys.length} signals at consistent or above`);
    expect(summaryText).toContain(`"action_id":"${CALIBRATE_OPEN_ACTION}"`);
    expect(summaryText).toContain(checkIn.id);
    // Examples are read through the button (which checks the current manager), never carried in the DM.
    expect(summaryText).not.toContain('When I showed');

    const publish = await t.fake.waitForCall('views.publish', (call) => call.args.user_id === 'U0ALICE');
    const home = publish.args.view as HomeView;
    expectValidView(home);
    expect(JSON.stringify(home.blocks)).toContain('Readiness for Senior Instructional Designer');
    expectCleanSlackTraffic(t);
  });

  it('queues nothing without a manager and says how to link one', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const answer = await submit(alice, checkInValues(allRated(2)));
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view?.blocks)).toContain('/pathway manager @name');
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
    expect(await t.db.prisma.checkIn.count()).toBe(1);
  });

  it('offers the competencies as the check-in’s next step, and the button pushes their modal over the confirmation', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const answer = await submit(alice, checkInValues(allRated(2)));
    expectValidView(answer.view);
    const step = answer.view?.blocks.find(
      (b) => b.type === 'section' && JSON.stringify(b).includes(COMPETENCIES_OPEN_ACTION),
    ) as { text: { text: string }; accessory: { value: string } } | undefined;
    expect(step?.text.text).toMatch(
      /^\*Next, if you have a minute:\* rate yourself on the \d+ competencies of your goal role/,
    );
    // Right under the confirmation, before the readiness view.
    expect(answer.view?.blocks.indexOf(step as unknown as KnownBlock)).toBe(1);
    await t.driver.blockAction({
      userId: 'U0ALICE',
      actionId: COMPETENCIES_OPEN_ACTION,
      value: step!.accessory.value,
      view: { type: 'modal', id: 'V0SAVED' },
    });
    const pushed = await t.fake.waitForCall('views.push');
    expect(JSON.stringify(pushed.args.view)).toContain('Assess your competencies');
    expectCleanSlackTraffic(t);
  });

  it('shows the change since the previous check-in, and suggests a readiness conversation after two at consistent or above', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    await seedCheckIn(t, alice, Object.fromEntries(keys.map((key) => [key, 2 as Rating])), {
      at: new Date('2026-12-01T10:00:00Z'),
    });
    const second = await submit(alice, checkInValues(allRated(3)));
    const secondText = JSON.stringify(second.view?.blocks);
    expect(secondText).toContain('emerging → consistent');
    // Ratings are counted, never averaged: the change shows per signal, not as a mean.
    expect(secondText).toContain(`${keys.length} consistent`);
    expect(secondText).not.toMatch(/since the previous check-in|on average/);
    expect(secondText).not.toContain('readiness conversation');

    t.clock.advance(7 * 86_400_000);
    const third = await submit(alice, checkInValues(allRated(4)));
    const thirdText = JSON.stringify(third.view?.blocks);
    expect(thirdText).toContain('consistent → role model');
    expect(thirdText).toContain('A good moment to ask your manager for a readiness conversation');
    expect(thirdText).not.toMatch(/promoted/i);
  });

  it('asks to start again when the pathway changed while the modal was open', async () => {
    const alice = await seedPerson(t, 'U0ALICE');
    const answer = await submit(alice, checkInValues(allRated(1)), 'cstalepathway1');
    expect(answer.response_action).toBe('errors');
    expect(Object.values(answer.errors ?? {})[0]).toContain('/pathway checkin');
    expect(await t.db.prisma.checkIn.count()).toBe(0);
  });

  describe('check-ins against an older framework version', () => {
    /** Version 2: "leads-independently" dropped from the goal role, "coaches-peers" added. */
    async function installVersion2(person: Person): Promise<string> {
      const source = frameworkVariant((framework) => {
        for (const stage of framework.stages) {
          for (const role of stage.roles) {
            if (role.key !== GOAL) continue;
            role.signals = [
              ...(role.signals ?? []).filter((signal) => signal.key !== 'leads-independently'),
              {
                key: 'coaches-peers',
                title: 'Coaches other designers',
                description: 'Other designers ask for and use their feedback.',
              },
            ];
            for (const template of role.milestones ?? [])
              template.signals = template.signals?.filter((key) => key !== 'leads-independently');
          }
        }
      });
      const parsed = parseFramework(source, 'v2.yaml');
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
      const version = await t.db.prisma.frameworkVersion.create({
        data: {
          workspaceId: person.workspaceId,
          version: 2,
          name: parsed.framework.name,
          source,
          definition: parsed.framework,
          loadedBy: 'test',
        },
      });
      await t.db.prisma.workspace.update({
        where: { id: person.workspaceId },
        data: { activeFrameworkId: version.id },
      });
      await t.db.prisma.pathway.update({
        where: { activeForPersonId: person.id },
        data: { frameworkVersionId: version.id },
      });
      return version.id;
    }

    it('compares by key: dropped signals show as retired, new ones as not yet rated, and new check-ins use the new version', async () => {
      expect(DEFAULT_SOURCE).toContain('leads-independently');
      const alice = await seedPerson(t, 'U0ALICE');
      const v1Id = (await t.db.prisma.pathway.findUniqueOrThrow({ where: { activeForPersonId: alice.id } }))
        .frameworkVersionId;
      await seedCheckIn(t, alice, Object.fromEntries(keys.map((key) => [key, 2 as Rating])), {
        at: new Date('2026-12-01T10:00:00Z'),
      });
      const v2Id = await installVersion2(alice);

      const overview = await t.driver.slashCommand({ userId: 'U0ALICE', text: '' });
      const body = (await t.responseTo(overview)).body as { blocks: KnownBlock[] };
      expectValidBlocks(body.blocks, 'message');
      const text = JSON.stringify(body.blocks);
      expect(text).toContain('~Leads a project without close supervision~ _no longer in the framework_');
      expect(text).toContain('Coaches other designers: _not yet rated_');

      const v2Keys = [...keys.filter((key) => key !== 'leads-independently'), 'coaches-peers'];
      const opened = await t.driver.slashCommand({ userId: 'U0ALICE', text: 'checkin' });
      expect(opened.status).toBe(200);
      const modal = (await t.fake.waitForCall('views.open')).args.view as ModalView;
      expect(
        modal.blocks
          .filter((block) => block.type === 'input' && block.block_id?.startsWith('rating:'))
          .map((block) => block.block_id),
      ).toEqual(v2Keys.map(ratingBlockId));

      // A submission made with the old signal list is refused; the new one is stored against version 2.
      expect((await submit(alice, checkInValues(allRated(3)))).response_action).toBe('errors');
      t.clock.advance(86_400_000);
      keys = v2Keys;
      const answer = await submit(alice, checkInValues(allRated(3, v2Keys)));
      expect(answer.response_action).toBe('update');
      const versions = await t.db.prisma.checkIn.findMany({
        orderBy: { createdAt: 'asc' },
        select: { frameworkVersionId: true },
      });
      expect(versions.map((row) => row.frameworkVersionId)).toEqual([v1Id, v2Id]);
      const saved = JSON.stringify(answer.view?.blocks);
      expect(saved).toContain('Impact beyond your own role: emerging → consistent');
      expect(saved).toContain('Coaches other designers: consistent');
    });
  });
});
