/** Every builder of this area (see src/i18n/areas/mentoring.ts), rendered with sample data in one language. */
import type { Translator } from '../../../src/i18n/index.js';
import type { Rendered } from './types.js';

export function mentoringRenders(_t: Translator): Array<[string, Rendered]> {
  return [];
}
