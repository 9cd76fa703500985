/** Messages of Home, the overview, milestones and settings. */
import { defineMessages } from '../messages.js';

export const homeMessages = defineMessages({
  en: {},
  es: {},
  de: {},
});
