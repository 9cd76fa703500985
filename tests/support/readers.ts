/**
 * People who read Pathway in a given language, for the end-to-end language tests: each is on a
 * pathway (support/schedule.ts's seedPerson) and known to the fake Slack.
 */

import type { TestApp } from './app-harness.js';
import { type SeedPerson, seedPerson } from './schedule.js';

export interface Reader {
  /** The language chosen in Pathway (`/pathway language`); null follows Slack. */
  language: string | null;
  /** The Slack locale, as the fake Slack and the stored profile give it. */
  locale?: string;
  /** The Slack time zone (Madrid unless given). */
  tz?: string;
  milestones?: SeedPerson['milestones'];
}

/** Seeds `slackUserId` as a reader of `reader.language`. */
export async function seedReader(t: TestApp, slackUserId: string, reader: Reader): Promise<void> {
  t.fake.setUser({
    id: slackUserId,
    tz: reader.tz ?? 'Europe/Madrid',
    ...(reader.locale ? { locale: reader.locale } : {}),
  });
  await seedPerson(t.db.prisma, t.fake.team.id, { slackUserId, milestones: reader.milestones });
  await t.db.prisma.person.updateMany({
    where: { slackUserId },
    data: { language: reader.language, locale: reader.locale ?? null },
  });
}
