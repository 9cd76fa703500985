/** Messages of development conversations, feedback, thanks, mentoring and the team view. */
import { defineMessages } from '../messages.js';

export const conversationsMessages = defineMessages({
  en: {},
  es: {},
  de: {},
});
