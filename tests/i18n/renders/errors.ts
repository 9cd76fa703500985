/** Every builder of this area (see src/i18n/areas/errors.ts), rendered with sample data in one language. */
import { formModal } from '../../../src/blocks/modals.js';
import { ambiguousDateNote } from '../../../src/blocks/problems.js';
import { mrkdwn, resourcesText, withNote } from '../../../src/blocks/text.js';
import { errorsMessages } from '../../../src/i18n/areas/errors.js';
import type { Translator } from '../../../src/i18n/index.js';
import { type UserErrorKey, userError, userErrorText } from '../../../src/i18n/user-errors.js';
import { apologyReply, expiredTriggerReply, userErrorReply, viewApology } from '../../../src/listeners/safely.js';
import type { Rendered } from './types.js';

/** Values for every placeholder an error message has: names, ids and dates that read the same in every language. */
export const SAMPLE_ERROR_VALUES = {
  manager: 'U0MANAGER',
  person: 'U0PERSON',
  owner: 'U0OWNER',
  mentor: 'U0MENTOR',
  status: 'accepted',
  what: 'mark',
  position: 2,
  count: 3,
  title: 'Curso de consultoría',
  doneDate: '2027-01-10',
  dueDate: '2027-01-10',
  todayDate: '2027-01-11',
  untilDate: '2027-01-10',
  lastDate: '2028-01-11',
  targetDate: '2027-01-10',
  example: '2027-01-18',
  max: 10,
  waiting: 2,
  wanted: 4,
  room: 1,
  name: 'marco.yaml',
  size: '900',
};

/** Every key a service may raise as a UserError. */
export const USER_ERROR_KEYS = Object.keys(errorsMessages.en).filter(
  (key): key is UserErrorKey =>
    key.startsWith('error.') && !key.startsWith('error.apology') && key !== 'error.expiredTrigger',
);

export function errorsRenders(t: Translator): Array<[string, Rendered]> {
  const resources = [
    { title: 'Guía', url: 'https://example.com/g' },
    { title: 'Curso de consultoría', url: 'https://example.com/c' },
  ];
  return [
    ['apology', apologyReply('A1B2C3D4', t)],
    [
      'apology in a modal',
      { text: viewApology('A1B2C3D4', t), blocks: [{ type: 'section', text: mrkdwn(viewApology('A1B2C3D4', t)) }] },
    ],
    ['expired trigger', expiredTriggerReply(t)],
    ['resources', { blocks: [{ type: 'section', text: mrkdwn(resourcesText(resources, 3, t) ?? '') }] }],
    [
      'form modal',
      {
        view: formModal(
          'sample',
          {},
          'Pathway',
          'Pathway',
          [{ type: 'section', text: mrkdwn('Curso de consultoría') }],
          t,
        ),
      },
    ],
    ...[null, '2027-03-04'].map((otherDate): [string, Rendered] => [
      `date read either way, other ${otherDate}`,
      withNote(
        { text: 'Curso de consultoría', blocks: [] },
        ambiguousDateNote({ typed: '3/4/2027', date: '2027-04-03', dayFirst: true, otherDate }, t),
      ),
    ]),
    ...USER_ERROR_KEYS.map((key): [string, Rendered] => [
      `user error ${key}`,
      userErrorReply(userErrorText(userError(key, SAMPLE_ERROR_VALUES), t)),
    ]),
  ];
}
