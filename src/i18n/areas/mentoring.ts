/** Messages of mentoring, celebrations, data rights and failed deliveries. */
import { defineMessages } from '../messages.js';

export const mentoringMessages = defineMessages({
  en: {},
  es: {},
  de: {},
});
