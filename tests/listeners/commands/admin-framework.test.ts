import { expectValidBlocks, expectValidView, type StateValues, textValue } from '@pathway/fake-slack';
import type { KnownBlock } from '@slack/types';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FRAMEWORK_FILE_ACTION_ID,
  FRAMEWORK_FILE_BLOCK_ID,
  FRAMEWORK_TEXT_ACTION_ID,
  FRAMEWORK_TEXT_BLOCK_ID,
  FRAMEWORK_UPLOAD_CALLBACK_ID,
} from '../../../src/blocks/framework-admin.js';
import { PLAN_OPEN_ACTION } from '../../../src/blocks/overview.js';
import { outboxPayloadSchema } from '../../../src/services/outbox.js';
import { type TestApp, useTestApp } from '../../support/app-harness.js';
import { ADMIN, MEMBER } from '../../support/cast.js';
import {
  createActivePathway,
  DEFAULT_SOURCE,
  frameworkVariant,
  removeRole,
  renameRole,
} from '../../support/framework-variants.js';
import { openedView } from '../../support/slack-ui.js';

const OWNER = 'U0OWNER';
const LISTED = 'U0LISTED';

/** senior-instructional-designer renamed to senior-learning-designer; learning-consultant removed. */
const RENAMED_AND_REMOVED = frameworkVariant((framework) => {
  renameRole(framework, 'senior-instructional-designer', 'senior-learning-designer', 'Senior Learning Designer');
  removeRole(framework, 'learning-consultant');
});

/** A valid framework small enough to paste (under Slack's 3000 characters). */
const SMALL = `version: 1
name: Tiny Engineering
tracks:
  - key: eng
    title: Engineering
stages:
  - key: junior
    track: eng
    order: 1
    title: Junior
    focus: Learns the craft.
    roles:
      - key: engineer
        title: Engineer
        focus: Builds features with help.
  - key: senior
    track: eng
    order: 2
    title: Senior
    focus: Leads work.
    roles:
      - key: senior-engineer
        title: Senior Engineer
        focus: Leads features end to end.
        signals:
          - key: owns-outcomes
            title: Owns outcomes
            description: Ships and follows up on results.
`;

function fileState(fileIds: string[]): StateValues {
  return {
    [FRAMEWORK_FILE_BLOCK_ID]: {
      [FRAMEWORK_FILE_ACTION_ID]: {
        type: 'file_input',
        files: fileIds.map((id) => ({ id, name: 'framework.yaml', mimetype: 'text/plain' })),
      },
    },
    [FRAMEWORK_TEXT_BLOCK_ID]: { [FRAMEWORK_TEXT_ACTION_ID]: textValue(null) },
  };
}

function pasteState(text: string, fileIds: string[] = []): StateValues {
  return { ...fileState(fileIds), [FRAMEWORK_TEXT_BLOCK_ID]: { [FRAMEWORK_TEXT_ACTION_ID]: textValue(text) } };
}

interface AckBody {
  response_action?: string;
  errors?: Record<string, string>;
  view?: { blocks: KnownBlock[] };
}

describe('/pathway admin framework end to end', () => {
  let t: TestApp;

  useTestApp((app) => (t = app), { config: { adminUserIds: [LISTED] } });
  beforeEach(async () => {
    t.fake.setUser({ id: ADMIN, isAdmin: true });
    t.fake.setUser({ id: OWNER, isOwner: true });
  });

  /** Runs the slash command; returns the opened modal's id, or null with the ephemeral answer when none opened. */
  async function openModal(userId: string): Promise<{ viewId: string | null; answer: string }> {
    const request = await t.driver.slashCommand({ userId, text: 'admin framework' });
    expect(request.status).toBe(200);
    const outcome = await Promise.race([
      t.fake
        .waitForCall('views.open', (call) => call.args.trigger_id === request.triggerId, 5000)
        .then((call) => ({ call })),
      t.responseTo(request).then((response) => ({ response })),
    ]);
    if ('call' in outcome) {
      const view = outcome.call.args.view;
      expectValidView(view);
      return { viewId: openedView(outcome.call).id, answer: '' };
    }
    return { viewId: null, answer: JSON.stringify(outcome.response.body) };
  }

  async function submit(viewId: string, values: StateValues, userId = ADMIN): Promise<AckBody> {
    const result = await t.driver.viewSubmission({ userId, callbackId: FRAMEWORK_UPLOAD_CALLBACK_ID, viewId, values });
    expect(result.status).toBe(200);
    expect(result.ackMs).toBeLessThan(3000);
    return (result.text === '' ? {} : result.body) as AckBody;
  }

  /** The workspace's state that a refused load must leave exactly as it was. */
  async function snapshot() {
    const workspace = await t.db.prisma.workspace.findFirstOrThrow();
    return {
      activeFrameworkId: workspace.activeFrameworkId,
      versions: await t.db.prisma.frameworkVersion.count(),
      pathways: await t.db.prisma.pathway.findMany({ orderBy: { id: 'asc' } }),
      people: await t.db.prisma.person.findMany({ orderBy: { id: 'asc' }, select: { id: true, currentRoleKey: true } }),
      outbox: await t.db.prisma.outboxMessage.count(),
      audit: await t.db.prisma.auditLog.count(),
    };
  }

  /** People with roles and pathways under version 1 (the default framework). */
  async function seedPeople() {
    for (const userId of ['U0ALICE', 'U0BOB', 'U0CAROL'])
      await t.driver.slashCommand({ userId, text: 'help' }).then((r) => t.responseTo(r));
    const people = await t.db.prisma.person.findMany({ include: { workspace: true } });
    const byUser = new Map(people.map((person) => [person.slackUserId, person]));
    const versionId = people[0]!.workspace.activeFrameworkId!;
    const pathway = async (userId: string, from: string, goal: string, moveKind: 'ladder' | 'lattice') => {
      const person = byUser.get(userId)!;
      await t.db.prisma.person.update({ where: { id: person.id }, data: { currentRoleKey: from } });
      return createActivePathway(t.db.prisma, {
        personId: person.id,
        frameworkVersionId: versionId,
        from,
        goal,
        moveKind,
      });
    };
    const alice = await pathway('U0ALICE', 'instructional-designer', 'senior-instructional-designer', 'ladder');
    const bob = await pathway('U0BOB', 'instructional-designer', 'learning-consultant', 'ladder');
    await t.db.prisma.person.update({
      where: { id: byUser.get('U0CAROL')!.id },
      data: { currentRoleKey: 'senior-instructional-designer' },
    });
    t.fake.reset();
    t.fake.setUser({ id: ADMIN, isAdmin: true });
    return { alice, bob, versionId, byUser };
  }

  it('refuses an ordinary member with a clear message and opens nothing', async () => {
    const { viewId, answer } = await openModal(MEMBER);
    expect(viewId).toBeNull();
    expect(answer).toContain('Only Pathway admins can do that');
    expect(t.fake.callsTo('views.open')).toEqual([]);
    expect(await t.db.prisma.auditLog.count()).toBe(0);
  });

  it.each([
    ['a Slack workspace admin', ADMIN],
    ['a Slack workspace owner', OWNER],
    ['someone listed in PATHWAY_ADMINS', LISTED],
  ])('opens the upload modal for %s, with the trigger id', async (_who, userId) => {
    const { viewId } = await openModal(userId);
    expect(viewId).not.toBeNull();
    const opened = t.fake.callsTo('views.open')[0]!;
    const shown = JSON.stringify(opened.args.view);
    expect(shown).toContain('*Active framework:* Learning &amp; Development (version 1, shipped with Pathway');
    expect(shown).toContain('"type":"file_input"');
    expect(shown).toContain('limits this field to 3,000 characters');
    expect(t.fake.specViolations).toEqual([]);
  });

  it('loses admin rights as soon as Slack says so', async () => {
    expect((await openModal(ADMIN)).viewId).not.toBeNull();
    t.fake.setUser({ id: ADMIN, isAdmin: false });
    t.clock.advance(2 * 60 * 1000);
    expect((await openModal(ADMIN)).answer).toContain('Only Pathway admins can do that');
  });

  it('refuses a bad upload with every problem by line on the file field, and changes nothing', async () => {
    await seedPeople();
    const { viewId } = await openModal(ADMIN);
    const before = await snapshot();
    const broken = DEFAULT_SOURCE.replace('version: 1', 'version: 2').replace('key: ld-manager', 'key: LD_Manager');
    const fileId = t.fake.addFile({ name: 'ours.yaml', content: broken });
    const ack = await submit(viewId!, fileState([fileId]));
    expect(ack.response_action).toBe('errors');
    const error = ack.errors?.[FRAMEWORK_FILE_BLOCK_ID] ?? '';
    expect(error).toMatch(/^\d+ problems; nothing was changed/);
    expect(error).toMatch(/• line \d+ version: Must be 1/);
    expect(error).toMatch(/• line \d+ stages\[3\]\.roles\[0\]\.lattice\[0\]: Unknown role "ld-manager"/);
    expect(error).toMatch(/• line \d+ stages\[3\]\.roles\[1\]\.key: Must be kebab-case/);
    expect(await snapshot()).toEqual(before);
    expect(t.fake.downloads).toEqual([expect.objectContaining({ fileId, token: t.fake.bot.token, status: 200 })]);
    expect(t.fake.specViolations).toEqual([]);
  });

  it('refuses a bad paste on the paste field', async () => {
    const { viewId } = await openModal(ADMIN);
    const before = await snapshot();
    const ack = await submit(viewId!, pasteState('name: [unclosed'));
    expect(ack.response_action).toBe('errors');
    expect(ack.errors?.[FRAMEWORK_TEXT_BLOCK_ID]).toMatch(/^1 problem; nothing was changed.*\n• line 1: YAML syntax/);
    expect(await snapshot()).toEqual(before);
  });

  it('asks for a file or a paste, and not both', async () => {
    const { viewId } = await openModal(ADMIN);
    const neither = await submit(viewId!, fileState([]));
    expect(neither.errors).toEqual({
      [FRAMEWORK_FILE_BLOCK_ID]: 'Upload a YAML file here, or paste the framework in the field below.',
    });
    const fileId = t.fake.addFile({ name: 'f.yaml', content: SMALL });
    const both = await submit(viewId!, pasteState(SMALL, [fileId]));
    expect(Object.keys(both.errors ?? {})).toEqual([FRAMEWORK_TEXT_BLOCK_ID]);
  });

  it('says so on the file field when Slack cannot give the file, and changes nothing', async () => {
    const { viewId } = await openModal(ADMIN);
    const before = await snapshot();
    const fileId = t.fake.addFile({ name: 'f.yaml', content: SMALL });
    t.fake.failNext('files.info', { error: 'file_not_found' });
    const ack = await submit(viewId!, fileState([fileId]));
    expect(ack.errors?.[FRAMEWORK_FILE_BLOCK_ID]).toMatch(
      /could not read this file from Slack \(reference [0-9A-F]{8}\)/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a submission from someone who is not an admin (a forged or stale modal)', async () => {
    await t.driver.slashCommand({ userId: MEMBER, text: 'help' }).then((r) => t.responseTo(r));
    const { viewId } = await openModal(ADMIN);
    const before = await snapshot();
    const ack = await submit(viewId!, pasteState(SMALL), MEMBER);
    expect(ack.response_action).toBe('update');
    expect(JSON.stringify(ack.view)).toContain('Only Pathway admins can do that');
    expect(await snapshot()).toEqual(before);
  });

  it('loads a good upload as version 2: renamed roles move pathways and people, removed ones ask to choose, all audited', async () => {
    const { alice, bob, versionId, byUser } = await seedPeople();
    const { viewId } = await openModal(ADMIN);
    const fileId = t.fake.addFile({ name: 'ld-v2.yaml', content: RENAMED_AND_REMOVED });
    const ack = await submit(viewId!, fileState([fileId]));
    expect(ack.response_action).toBe('update');
    expect(JSON.stringify(ack.view)).toContain('Loading it');

    const update = await t.fake.waitForCall('views.update', (call) => call.args.view_id === viewId, 5000);
    expectValidView(update.args.view);
    const summary = JSON.stringify(update.args.view);
    for (const part of [
      'is now active as version 2 (was version 1)',
      '*Renamed:* Senior Instructional Designer `senior-instructional-designer` → Senior Learning Designer `senior-learning-designer`',
      '*Removed:* Learning Consultant `learning-consultant`',
      '1 active pathway moved to this version',
      '3 people told by DM',
    ])
      expect(summary).toContain(part);

    const workspace = await t.db.prisma.workspace.findFirstOrThrow({ include: { activeFramework: true } });
    expect(workspace.activeFramework).toMatchObject({ version: 2, loadedBy: ADMIN, source: RENAMED_AND_REMOVED });
    const newVersionId = workspace.activeFrameworkId!;
    // Alice's goal was renamed: her pathway follows to version 2 under the new key.
    expect(await t.db.prisma.pathway.findUniqueOrThrow({ where: { id: alice.id } })).toMatchObject({
      frameworkVersionId: newVersionId,
      goalRoleKey: 'senior-learning-designer',
      fromRoleKey: 'instructional-designer',
      status: 'active',
    });
    // Bob's goal was removed: his pathway stays exactly as it was, on version 1.
    expect(await t.db.prisma.pathway.findUniqueOrThrow({ where: { id: bob.id } })).toEqual(bob);
    expect(bob.frameworkVersionId).toBe(versionId);
    // Carol's current role was renamed.
    expect(await t.db.prisma.person.findUniqueOrThrow({ where: { id: byUser.get('U0CAROL')!.id } })).toMatchObject({
      currentRoleKey: 'senior-learning-designer',
    });

    const outbox = await t.db.prisma.outboxMessage.findMany({ orderBy: { recipient: 'asc' } });
    expect(outbox.map((row) => [row.recipient, row.dedupeKey, row.kind])).toEqual(
      ['U0ALICE', 'U0BOB', 'U0CAROL'].map((userId) => [
        userId,
        `framework-change:${newVersionId}:${byUser.get(userId)!.id}`,
        'framework-change',
      ]),
    );
    const [toAlice, toBob, toCarol] = outbox.map((row) => outboxPayloadSchema.parse(row.payload));
    for (const payload of [toAlice, toBob, toCarol]) expectValidBlocks(payload!.blocks, 'message');
    expect(JSON.stringify(toAlice!.blocks)).toContain(
      'Your goal *Senior Instructional Designer* is now called *Senior Learning Designer*',
    );
    expect(JSON.stringify(toAlice!.blocks)).not.toContain(PLAN_OPEN_ACTION);
    expect(JSON.stringify(toBob!.blocks)).toContain('Your goal *Learning Consultant* is no longer in the framework');
    expect(JSON.stringify(toBob!.blocks)).toContain(`"action_id":"${PLAN_OPEN_ACTION}"`);
    expect(JSON.stringify(toCarol!.blocks)).toContain(
      'Your role *Senior Instructional Designer* is now called *Senior Learning Designer*',
    );

    const audit = await t.db.prisma.auditLog.findMany();
    expect(audit).toEqual([
      expect.objectContaining({
        actorSlackUserId: ADMIN,
        action: 'framework.load',
        detail: expect.objectContaining({
          via: 'slack',
          fileName: 'ld-v2.yaml',
          version: 2,
          previousVersion: 1,
          renamed: ['senior-instructional-designer -> senior-learning-designer'],
          removed: ['learning-consultant'],
          pathwaysMoved: 1,
          pathwaysToChoose: 1,
          peopleNotified: 3,
        }),
      }),
    ]);
    expect(t.fake.specViolations).toEqual([]);
    expect(t.fake.blockKitViolations).toEqual([]);

    // Bob's pathway still reads from the version it was made with.
    const overview = await t.driver.slashCommand({ userId: 'U0BOB', text: '' }).then((r) => t.responseTo(r));
    expect(JSON.stringify(overview.body)).toContain('Learning Consultant');
  });

  it('loads a pasted framework, and says when the same text is loaded twice', async () => {
    const { viewId } = await openModal(ADMIN);
    await submit(viewId!, pasteState(SMALL));
    await t.fake.waitForCall('views.update', (call) => call.args.view_id === viewId, 5000);
    expect(await t.db.prisma.frameworkVersion.count()).toBe(2);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow();
    expect(audit.detail).toMatchObject({
      via: 'slack',
      fileName: null,
      name: 'Tiny Engineering',
      removed: expect.arrayContaining(['instructional-designer']),
    });

    t.fake.reset();
    t.fake.setUser({ id: ADMIN, isAdmin: true });
    const again = await openModal(ADMIN);
    await submit(again.viewId!, pasteState(SMALL));
    const update = await t.fake.waitForCall('views.update', (call) => call.args.view_id === again.viewId, 5000);
    expect(JSON.stringify(update.args.view)).toContain(
      'identical to the active framework (version 2); nothing changed',
    );
    expect(await t.db.prisma.frameworkVersion.count()).toBe(2);
    expect(await t.db.prisma.auditLog.count()).toBe(1);
  });
});
