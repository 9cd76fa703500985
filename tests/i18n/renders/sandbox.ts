/**
 * The sandbox's own messages (src/i18n/areas/sandbox.ts: its page's text and its server's answers), each
 * formatted in one language. They are not Block Kit, so the catalog test reads them as texts.
 */

import { sandboxMessages } from '../../../src/i18n/areas/sandbox.js';
import type { MessageKey, Translator } from '../../../src/i18n/index.js';

/** A value for every placeholder a sandbox message has, reading the same in every language. */
const SAMPLE_SANDBOX_VALUES = {
  name: 'Priya',
  zone: 'Europe/London',
  count: 3,
  error: 'TypeError',
  type: 'shiny_new_block',
  id: 'F0123',
  recipients: 'Noor 2, Maya 1',
  command: '/remind',
  status: 500,
  text: '{"ok":false}',
  reference: 'a1b2c3d4',
  goal: 'Curso de consultoría',
  done: 1,
  total: 4,
};

export function sandboxTexts(t: Translator): Array<[string, string]> {
  return (Object.keys(sandboxMessages.en) as MessageKey[]).map((key) => [key, t.t(key, SAMPLE_SANDBOX_VALUES)]);
}
