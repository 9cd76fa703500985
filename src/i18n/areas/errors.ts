/** Messages of errors people can fix, apologies, and the sandbox page. */
import { defineMessages } from '../messages.js';

export const errorsMessages = defineMessages({
  en: {},
  es: {},
  de: {},
});
