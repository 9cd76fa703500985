/** Messages of check-ins, readiness, competencies and evidence. */
import { defineMessages } from '../messages.js';

export const checkinMessages = defineMessages({
  en: {},
  es: {},
  de: {},
});
