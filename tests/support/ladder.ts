/** The pathway most tests seed: one step up the default framework's ladder. */
import { dateToDb } from '../../src/domain/dates.js';
import type { Prisma } from '../../src/generated/prisma/client.js';

/** An active ladder pathway for `personId`, Instructional Designer → Senior Instructional Designer by 30 September 2027. */
export function ladderPathway(
  personId: string,
  frameworkVersionId: string,
  milestones: Prisma.MilestoneCreateWithoutPathwayInput[],
): Prisma.PathwayUncheckedCreateInput {
  return {
    personId,
    activeForPersonId: personId,
    frameworkVersionId,
    fromRoleKey: 'instructional-designer',
    goalRoleKey: 'senior-instructional-designer',
    moveKind: 'ladder',
    targetDate: dateToDb('2027-09-30'),
    milestones: { create: milestones },
  };
}

/** The goals the default framework opens from Instructional Designer, as `kind:role`, in the order they are offered. */
export const GOALS_FROM_INSTRUCTIONAL_DESIGNER = [
  'ladder:senior-instructional-designer',
  'ladder:learning-consultant',
  'lattice:learning-technologist',
  'lattice:multimedia-developer',
  'lattice:assessment-writer',
  'lattice:faculty-trainer',
];
