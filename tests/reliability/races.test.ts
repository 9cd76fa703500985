/**
 * Concurrent writes from one person must all succeed, on both databases:
 * eight `/pathway add` at once (positions are read then inserted), and a new
 * person's first command racing their first Home (both create the person).
 */
import { describe, expect, it } from 'vitest';
import { type TestApp, useTestApp } from '../support/app-harness.js';
import { ALICE } from '../support/cast.js';
import { backends } from '../support/db.js';
import { milestoneRows, seedPathway, weeklyMilestones } from '../support/pathways.js';

for (const backend of await backends()) {
  describe.skipIf(!backend.available)(`concurrent writes on ${backend.name}`, () => {
    let t: TestApp;
    useTestApp((app) => (t = app), { backend });

    it('eight simultaneous /pathway add from one person all land, numbered 1..n', async () => {
      const seeded = await seedPathway(t, ALICE, weeklyMilestones(2, '2027-02-01'));
      const requests = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.driver.slashCommand({ userId: ALICE, text: `add "Parallel step ${i}" by 2027-06-01` }),
        ),
      );
      for (const request of requests) expect(request.status).toBe(200);
      const answers = await Promise.all(requests.map((request) => t.responseTo(request, 20_000)));
      for (const answer of answers)
        expect((answer.body as { text: string }).text).toMatch(/^:heavy_plus_sign: Added \d+\./);
      const rows = await milestoneRows(t, seeded.pathwayId);
      expect(rows.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(rows.filter((row) => row.title.startsWith('Parallel step')).length).toBe(8);
    }, 120_000);

    it("a new person's first /pathway and first Home at the same instant both answer", async () => {
      const user = 'U0NEWBIE1';
      const [command, home] = await Promise.all([
        t.driver.slashCommand({ userId: user, text: '' }),
        t.driver.event({ type: 'app_home_opened', user, channel: 'D0NEWBIE1', tab: 'home' }),
      ]);
      expect(command.status).toBe(200);
      expect(home.status).toBe(200);
      const answer = await t.responseTo(command, 20_000);
      expect((answer.body as { text: string }).text).not.toMatch(/Sorry, something went wrong/);
      await t.fake.waitForCall('views.publish', undefined, 20_000);
      expect(await t.db.prisma.person.count({ where: { slackUserId: user } })).toBe(1);
    });
  });
}
