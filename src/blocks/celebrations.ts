/**
 * Celebration messages: the channel post, the private consent question and
 * confirmation, notices when the bot cannot post, and the weekly wins digest.
 * They carry who, what was achieved and the role it leads toward — never
 * evidence, ratings, examples or anything else from a check-in.
 * A message to the person is in their language; a channel post in the one the caller gives.
 */
import type { KnownBlock, SectionBlock } from '@slack/types';
import {
  type CelebrateSetting,
  type ChannelProblem,
  type ConsentChoice,
  type DigestWin,
  type NoticeAudience,
  WEEKDAYS,
  type WinCard,
} from '../domain/celebrations.js';
import { english, type MessageKey, type Translator, translator } from '../i18n/index.js';
import type { CelebrationMessages, CelebrationSettings } from '../services/celebrations.js';
import { LIMITS, labelledButton, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

export type { NoticeAudience, WinCard };

export interface Message {
  text: string;
  blocks: KnownBlock[];
}

/** Buttons in the consent question: `celebration_consent_<choice>`, value = the celebration id. */
export const CONSENT_ACTION_PREFIX = 'celebration_consent_';
export const REMOVE_ACTION = 'celebration_remove';

/** Titles are cut before escaping, so an escape sequence is never split. */
const TITLE_MAX = 300;
const shown = (text: string) => `*${userText(truncate(text, TITLE_MAX))}*`;

const WIN_WORDS: Record<WinCard['kind'], { someone: MessageKey; you: MessageKey }> = {
  milestone: { someone: 'celebrations.win.milestone', you: 'celebrations.yourWin.milestone' },
  goal: { someone: 'celebrations.win.goal', you: 'celebrations.yourWin.goal' },
  streak: { someone: 'celebrations.win.streak', you: 'celebrations.yourWin.streak' },
  thanks: { someone: 'celebrations.win.thanks', you: 'celebrations.yourWin.thanks' },
};

/** "<@U1> completed *Run a workshop*" — the sentence every surface shares; `who` null is the reader ("You completed…"). */
function winSentence(win: WinCard, who: string | null, t: Translator): string {
  const words = WIN_WORDS[win.kind];
  return who === null
    ? t.t(words.you, { achievement: shown(win.achievement) })
    : t.t(words.someone, { who, achievement: shown(win.achievement) });
}

/** The goal role a milestone or streak leads toward; a reached goal needs none. */
function towardRole(win: WinCard): string | null {
  return win.kind === 'goal' || !win.towardRole ? null : shown(win.towardRole);
}

/** Plain fallback text (notifications, screen readers) with the same escaping as the blocks. */
function fallback(win: WinCard, who: string | null, t: Translator): string {
  return truncate(winSentence(win, who, t).replace(/\*/g, ''), LIMITS.sectionText);
}

const HEADLINE: Record<WinCard['kind'], MessageKey> = {
  milestone: 'celebrations.headline.milestone',
  goal: 'celebrations.headline.goal',
  streak: 'celebrations.headline.streak',
  thanks: 'celebrations.headline.thanks',
};

/** The post in the team channel. */
export function celebrationPost(win: WinCard, t: Translator = english): Message {
  const who = `<@${win.slackUserId}>`;
  const toward = towardRole(win);
  const sentence = winSentence(win, who, t);
  return {
    text: fallback(win, who, t),
    blocks: [
      { type: 'header', text: plain(t.t(HEADLINE[win.kind]), LIMITS.headerText) },
      {
        type: 'section',
        text: mrkdwn(toward ? `${sentence}\n${t.t('celebrations.post.toward', { role: toward })}` : sentence),
      },
      { type: 'context', elements: [mrkdwn(t.t('celebrations.post.footer', { who }))] },
    ],
  };
}

function changeHint(t: Translator): KnownBlock {
  return { type: 'context', elements: [mrkdwn(t.t('celebrations.changeHint'))] };
}

/** The private question on a win while the person's consent is "ask". */
export function consentQuestion(
  win: WinCard,
  channelId: string,
  celebrationId: string,
  t: Translator = english,
): Message {
  const choices: Array<[ConsentChoice, string, 'primary' | undefined]> = [
    ['once', t.t('celebrations.consent.once'), 'primary'],
    ['always', t.t('celebrations.consent.always'), undefined],
    ['never', t.t('celebrations.consent.never'), undefined],
  ];
  return {
    text: t.t('celebrations.consent.text', { win: fallback(win, null, t) }),
    blocks: [
      { type: 'section', text: mrkdwn(t.t('celebrations.consent.lead', { win: winSentence(win, null, t) })) },
      { type: 'section', text: mrkdwn(t.t('celebrations.consent.question', { channel: channelId })) },
      {
        type: 'actions',
        block_id: 'celebration_consent',
        elements: choices.map(([choice, label, style]) =>
          labelledButton(
            label,
            namedLabel((l) => t.t('celebrations.consent.label', { choice: l }), label),
            `${CONSENT_ACTION_PREFIX}${choice}`,
            { value: celebrationId, style },
          ),
        ),
      },
      changeHint(t),
    ],
  };
}

/** After the post is queued: where it goes, and a button to take it down again. */
export function celebrationConfirmation(
  win: WinCard,
  channelId: string,
  celebrationId: string,
  standing: 'always' | 'this-time',
  t: Translator = english,
): Message {
  const note = t.t(standing === 'always' ? 'celebrations.confirm.always' : 'celebrations.confirm.thisTime');
  return {
    text: t.t('celebrations.confirm.text', { win: fallback(win, null, t) }),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(t.t('celebrations.confirm.lead', { win: winSentence(win, null, t), channel: channelId })),
      },
      {
        type: 'actions',
        block_id: 'celebration_remove',
        elements: [
          labelledButton(t.t('celebrations.confirm.remove'), t.t('celebrations.confirm.removeLabel'), REMOVE_ACTION, {
            value: celebrationId,
            style: 'danger',
          }),
        ],
      },
      { type: 'context', elements: [mrkdwn(`${note} ${t.t('celebrations.changeHint')}`)] },
    ],
  };
}

/** The answer to "Never post": this win and later ones stay private. */
export function consentDeclined(t: Translator = english): Message {
  return {
    text: t.t('celebrations.declined.text'),
    blocks: [{ type: 'section', text: mrkdwn(t.t('celebrations.declined.body')) }, changeHint(t)],
  };
}

/** The answer to "Remove the post". */
export function celebrationRemoved(win: WinCard, channelId: string, t: Translator = english): Message {
  return {
    text: t.t('celebrations.removed.text'),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(t.t('celebrations.removed.body', { achievement: shown(win.achievement), channel: channelId })),
      },
    ],
  };
}

/** Why a celebration (or a digest) could not be posted, and who can fix it how. Never silent. */
export function channelProblemNotice(
  channelId: string,
  problem: ChannelProblem,
  to: NoticeAudience,
  t: Translator = english,
): Message {
  const fix =
    problem === 'private'
      ? t.t('celebrations.problem.private', { channel: channelId })
      : t.t(to.audience === 'person' ? 'celebrations.problem.archivedPerson' : 'celebrations.problem.archivedAdmin', {
          channel: channelId,
        });
  const what =
    to.audience === 'person'
      ? t.t('celebrations.problem.yourWin')
      : to.aboutUserId
        ? t.t('celebrations.problem.celebrationFor', { user: to.aboutUserId })
        : t.t('celebrations.problem.digest');
  const lead = t.t('celebrations.problem.lead', { what, channel: channelId });
  return {
    text: t.t(problem === 'private' ? 'celebrations.problem.textPrivate' : 'celebrations.problem.textArchived'),
    blocks: [{ type: 'section', text: mrkdwn(`${lead}\n${fix}`) }],
  };
}

/** One line per win, oldest first, no counts or order of merit. */
function digestLine(win: DigestWin, t: Translator): string {
  const toward = towardRole(win);
  const sentence = winSentence(win, `<@${win.slackUserId}>`, t);
  return `• ${toward ? t.t('celebrations.digest.toward', { win: sentence, role: toward }) : sentence}`;
}

/** Leaves room for the header and the context line. */
const DIGEST_SECTIONS_MAX = LIMITS.messageBlocks - 3;

/** Packs lines into as few sections as the 3000-character limit allows. */
function sectionsOf(lines: string[]): SectionBlock[] {
  const sections: string[] = [];
  for (const line of lines) {
    const last = sections.length - 1;
    if (last >= 0 && sections[last]!.length + 1 + line.length <= LIMITS.sectionText) sections[last] += `\n${line}`;
    else sections.push(truncate(line, LIMITS.sectionText));
  }
  return sections.map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

/** The weekly wins digest for one channel. Callers skip it when there are no wins. */
export function winsDigest(wins: readonly DigestWin[], t: Translator = english): Message {
  const sections = sectionsOf(wins.map((win) => digestLine(win, t)));
  const shownSections = sections.slice(0, DIGEST_SECTIONS_MAX);
  const footer = t.t(
    sections.length > shownSections.length ? 'celebrations.digest.footerMore' : 'celebrations.digest.footer',
  );
  return {
    text: t.t('celebrations.digest.title'),
    blocks: [
      { type: 'header', text: plain(t.t('celebrations.digest.header'), LIMITS.headerText) },
      ...shownSections,
      { type: 'context', elements: [mrkdwn(footer)] },
    ],
  };
}

const CONSENT_WORDS: Record<CelebrationSettings['consent'], MessageKey> = {
  ask: 'celebrations.settings.ask',
  always: 'celebrations.settings.always',
  never: 'celebrations.settings.never',
};

const SOURCE_WORDS: Record<NonNullable<CelebrationSettings['channel']>['source'], MessageKey> = {
  person: 'celebrations.source.person',
  team: 'celebrations.source.team',
  workspace: 'celebrations.source.workspace',
};

const WEEKDAY_WORDS: readonly MessageKey[] = [
  'celebrations.weekday.1',
  'celebrations.weekday.2',
  'celebrations.weekday.3',
  'celebrations.weekday.4',
  'celebrations.weekday.5',
  'celebrations.weekday.6',
  'celebrations.weekday.7',
];

function digestTime(digest: CelebrationSettings['digest'], timeZone: string, t: Translator): string {
  // WEEKDAYS has the same seven days; a weekday out of range reads as Friday, the default.
  const weekday = digest.weekday >= 1 && digest.weekday <= WEEKDAYS.length ? digest.weekday : 5;
  return t.t('celebrations.digestTime', {
    weekdays: t.t(WEEKDAY_WORDS[weekday - 1]!),
    hour: String(digest.hour).padStart(2, '0'),
    zone: timeZone,
  });
}

/** What was just changed, said back in words. */
function savedLine(setting: CelebrateSetting, timeZone: string, t: Translator): string | null {
  switch (setting.action) {
    case 'show':
      return null;
    case 'consent':
      return t.t('celebrations.saved');
    case 'channel':
      return setting.channelId
        ? t.t('celebrations.saved.channel', { channel: setting.channelId })
        : t.t('celebrations.saved.channelDefault');
    case 'team-channel': {
      const team = userText(truncate(setting.team, 100));
      return setting.channelId
        ? t.t('celebrations.saved.teamChannel', { team, channel: setting.channelId })
        : t.t('celebrations.saved.teamChannelDefault', { team });
    }
    case 'digest-time':
      return t.t('celebrations.saved.digestTime', { time: digestTime(setting, timeZone, t) });
  }
}

/** `/pathway celebrate`: the person's consent and channel, and how to change them. */
export function celebrationSettingsMessage(
  settings: CelebrationSettings,
  change: CelebrateSetting,
  timeZone: string,
  t: Translator = english,
): Message {
  const where = settings.channel
    ? t.t('celebrations.settings.where', {
        channel: settings.channel.channelId,
        source: t.t(SOURCE_WORDS[settings.channel.source]),
      })
    : t.t('celebrations.settings.noChannel');
  const saved = savedLine(change, timeZone, t);
  return {
    text: t.t('celebrations.settings.text'),
    blocks: [
      ...(saved ? [{ type: 'section' as const, text: mrkdwn(saved) }] : []),
      {
        type: 'section',
        text: mrkdwn(
          t.t('celebrations.settings.body', {
            consent: t.t(CONSENT_WORDS[settings.consent]),
            where,
            time: digestTime(settings.digest, timeZone, t),
          }),
        ),
      },
      { type: 'context', elements: [mrkdwn(t.t('celebrations.settings.change'))] },
    ],
  };
}

/**
 * The messages the celebrations service queues (it stays Slack-free and receives these): channel
 * posts in `channel`'s language, messages to a person in theirs (the service says which).
 */
/** Celebration messages, each in the language it is read in: channel posts the workspace's, notices their reader's. */
export const celebrationMessages: CelebrationMessages = {
  post: (win, language) => celebrationPost(win, translator(language)),
  consentQuestion: (win, channelId, celebrationId, language) =>
    consentQuestion(win, channelId, celebrationId, translator(language)),
  confirmation: (win, channelId, celebrationId, standing, language) =>
    celebrationConfirmation(win, channelId, celebrationId, standing, translator(language)),
  channelProblem: (channelId, problem, to, language) =>
    channelProblemNotice(channelId, problem, to, translator(language)),
  winsDigest: (wins, language) => winsDigest(wins, translator(language)),
};
