/** Every area's renders, for the catalog tests. Sample data should read the same in every language (names, Spanish titles) so only Pathway's own words change. */
import type { Translator } from '../../../src/i18n/index.js';
import { adminRenders } from './admin.js';
import { checkinRenders } from './checkin.js';
import { conversationsRenders } from './conversations.js';
import { errorsRenders } from './errors.js';
import { homeRenders } from './home.js';
import { mentoringRenders } from './mentoring.js';
import { planRenders } from './plan.js';
import type { Rendered } from './types.js';

export type { Rendered };

export function areaRenders(t: Translator): Array<[string, Rendered]> {
  return [
    ...homeRenders(t),
    ...planRenders(t),
    ...checkinRenders(t),
    ...conversationsRenders(t),
    ...adminRenders(t),
    ...errorsRenders(t),
    ...mentoringRenders(t),
  ];
}
