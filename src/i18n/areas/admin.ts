/** Messages of admin, framework admin, reports, deliveries, data rights and celebrations. */
import { defineMessages } from '../messages.js';

export const adminMessages = defineMessages({
  en: {},
  es: {},
  de: {},
});
