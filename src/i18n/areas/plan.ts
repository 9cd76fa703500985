/** Messages of plans, goals, suggestions and roles. */
import { defineMessages } from '../messages.js';

export const planMessages = defineMessages({
  en: {},
  es: {},
  de: {},
});
