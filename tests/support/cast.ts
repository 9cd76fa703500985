/**
 * The Slack user ids of the people the tests talk about. The seeding helpers use the same ids
 * (seedManagerAndReport's Dana, Eve and Alice), so a test names them rather than repeating the strings.
 */

/** The person on a pathway, in most tests. */
export const ALICE = 'U0ALICE';
/** A colleague. */
export const BOB = 'U0BOB';
/** Alice's manager, where she has one. */
export const DANA = 'U0DANA';
/** A colleague who is not Alice's manager. */
export const EVE = 'U0EVE';
/** Colleagues asked for feedback. */
export const SAM = 'U0SAM';
export const TOM = 'U0TOM';
/** A Slack admin, and a member who is not one. */
export const ADMIN = 'U0ADMIN';
export const MEMBER = 'U0MEMBER';
