import type { KnownBlock } from '@slack/types';
import { commandSpecs, type CommandSpec } from '../domain/commands.js';
import { mrkdwn, plain, userText } from './text.js';

function usageLine(spec: CommandSpec): string {
  return `• \`${spec.usage}\` — ${spec.summary}\n      e.g. \`${spec.example}\``;
}

/** `/pathway help`, and the body of every "I did not understand" answer. */
export function helpBlocks(): KnownBlock[] {
  return [
    { type: 'header', text: plain('Pathway: what you can type') },
    {
      type: 'section',
      text: mrkdwn(['• `/pathway` — your stage, goal role, next milestones and last check-in', ...commandSpecs.map(usageLine)].join('\n')),
    },
    {
      type: 'context',
      elements: [
        mrkdwn(
          'Dates as you would say them: `next friday`, `in 3 weeks`, `31 March`, `31/03/2027` (day first) or `2027-03-31`. Everything here is also in the app’s *Home* tab. To keep any Slack message in your wins log, use *Save as evidence* in its ⋮ menu.',
        ),
      ],
    },
  ];
}

export function unknownCommandBlocks(input: string, suggestion: CommandSpec | undefined): KnownBlock[] {
  const shown = userText(input.length > 60 ? `${input.slice(0, 59)}…` : input);
  const hint = suggestion
    ? `I don’t know \`${shown}\`. Did you mean \`${suggestion.usage}\`? For example: \`${suggestion.example}\``
    : `I don’t know \`${shown}\`. Here is what you can type:`;
  return [{ type: 'section', text: mrkdwn(`:grey_question: ${hint}`) }, ...helpBlocks()];
}

export function invalidCommandBlocks(spec: CommandSpec, problems: string[]): KnownBlock[] {
  return [
    {
      type: 'section',
      text: mrkdwn(
        `:warning: \`${spec.name}\` needs a different form: ${problems.map(userText).join('; ')}.\n` +
          `Type it like this: \`${spec.usage}\`\nFor example: \`${spec.example}\``,
      ),
    },
  ];
}
