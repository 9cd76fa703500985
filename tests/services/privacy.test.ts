import { Writable } from 'node:stream';
import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { Person } from '../../src/generated/prisma/client.js';
import { ensureMember } from '../../src/services/people.js';
import {
  AccessDenied,
  authorizeCheckIn,
  authorizeCheckInRead,
  canViewCheckIn,
  DENIED_MESSAGE,
  grantsFor,
  ownCheckIns,
  type PrivacyContext,
  requireManager,
} from '../../src/services/privacy.js';
import { resetDatabase, useTestDatabase } from '../support/db.js';

const base = { workspaceId: 'w1', deactivatedAt: null, managerId: null };

describe('canViewCheckIn (the rule)', () => {
  const subject = { ...base, id: 'alice', managerId: 'dana' };
  it.each([
    ['the person', { ...base, id: 'alice' }, { allowed: true, relation: 'self' }],
    ['their current manager', { ...base, id: 'dana' }, { allowed: true, relation: 'manager' }],
    ['another employee', { ...base, id: 'eve' }, { allowed: false, reason: 'not-their-manager' }],
    [
      'a deactivated manager',
      { ...base, id: 'dana', deactivatedAt: new Date() },
      { allowed: false, reason: 'viewer-deactivated' },
    ],
    [
      'someone in another workspace',
      { ...base, id: 'dana', workspaceId: 'w2' },
      { allowed: false, reason: 'other-workspace' },
    ],
  ])('%s', (_name, viewer, expected) => {
    expect(canViewCheckIn(viewer, subject)).toEqual(expected);
  });

  it('gives nobody access to a person without a manager but that person', () => {
    expect(canViewCheckIn({ ...base, id: 'dana' }, { ...base, id: 'alice' })).toEqual({
      allowed: false,
      reason: 'not-their-manager',
    });
  });
});

describe('enforcement: denials answer clearly and are logged', () => {
  const database = useTestDatabase();
  let db: Database;
  let lines: Array<Record<string, unknown>>;
  let ctx: PrivacyContext;
  let alice: Person;
  let dana: Person;
  let eve: Person;

  beforeEach(async () => {
    db = database();
    await resetDatabase(db);
    lines = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    ctx = { prisma: db.prisma, logger: pino({ level: 'warn' }, sink) };
    dana = (await ensureMember(db.prisma, { teamId: 'T1', userId: 'U0DANA' })).person;
    eve = (await ensureMember(db.prisma, { teamId: 'T1', userId: 'U0EVE' })).person;
    alice = (await ensureMember(db.prisma, { teamId: 'T1', userId: 'U0ALICE' })).person;
    alice = await db.prisma.person.update({ where: { id: alice.id }, data: { managerId: dana.id } });
  });

  it('grants the current manager and refuses anyone else with a logged warning naming both ids', async () => {
    await expect(authorizeCheckInRead(ctx, dana, alice.id, 'test')).resolves.toMatchObject({
      viewerId: dana.id,
      subjectId: alice.id,
      relation: 'manager',
    });
    const denied = authorizeCheckInRead(ctx, eve, alice.id, 'test');
    await expect(denied).rejects.toBeInstanceOf(AccessDenied);
    await expect(denied).rejects.toThrow(DENIED_MESSAGE);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'check-in access denied',
        viewerId: eve.id,
        subjectId: alice.id,
        readPath: 'test',
        reason: 'not-their-manager',
      }),
    ]);
  });

  it('follows the current link: a manager replaced a moment ago is refused', async () => {
    await db.prisma.person.update({ where: { id: alice.id }, data: { managerId: eve.id } });
    await expect(authorizeCheckInRead(ctx, dana, alice.id, 'test')).rejects.toBeInstanceOf(AccessDenied);
    await expect(authorizeCheckInRead(ctx, eve, alice.id, 'test')).resolves.toMatchObject({ relation: 'manager' });
  });

  it('logs an unknown check-in id too, and keeps calibration for the manager', async () => {
    await expect(authorizeCheckIn(ctx, dana, 'cmissing', 'test')).rejects.toBeInstanceOf(AccessDenied);
    expect(lines[0]).toMatchObject({ viewerId: dana.id, checkInId: 'cmissing', reason: 'not-found' });
    expect(() => requireManager(ctx, ownCheckIns(alice.id), 'test')).toThrow(AccessDenied);
    expect(lines[1]).toMatchObject({ viewerId: alice.id, subjectId: alice.id, reason: 'not-manager' });
  });

  it('grants only the reports the rule allows when listing a team', () => {
    const grants = grantsFor(ctx, dana, [alice, eve], 'team');
    expect([...grants.keys()]).toEqual([alice.id]);
    expect(lines).toEqual([expect.objectContaining({ viewerId: dana.id, subjectId: eve.id, readPath: 'team' })]);
  });
});
