/**
 * The "Assess" button on the "assess your competencies" milestone (value =
 * milestone id): opens the competency modal (pushed when clicked in a modal).
 */
import { languageFor } from '../../domain/language.js';
import { translator } from '../../i18n/index.js';
import type { ListenerDeps } from '../deps.js';
import { competenciesModalFor } from '../flows/competencies.js';
import { idButton } from './button.js';

export function competenciesOpen(deps: ListenerDeps) {
  return idButton('competenciesOpen', deps, async ({ member, openModal }) => {
    await openModal(await competenciesModalFor(deps.prisma, member.person.id, translator(languageFor(member.person))));
  });
}
