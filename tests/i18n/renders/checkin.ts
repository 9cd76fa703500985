/** Every builder of this area (see src/i18n/areas/checkin.ts), rendered with sample data in one language. */
import type { Translator } from '../../../src/i18n/index.js';
import type { Rendered } from './types.js';

export function checkinRenders(_t: Translator): Array<[string, Rendered]> {
  return [];
}
