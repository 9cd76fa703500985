/**
 * Celebration messages: the channel post, the private consent question and
 * confirmation, notices when the bot cannot post, and the weekly wins digest.
 * They carry who, what was achieved and the role it leads toward — never
 * evidence, ratings, examples or anything else from a check-in.
 */
import type { Button, KnownBlock, SectionBlock } from '@slack/types';
import {
  type CelebrateSetting,
  type ChannelProblem,
  type ConsentChoice,
  type DigestWin,
  type NoticeAudience,
  WEEKDAYS,
  type WinCard,
} from '../domain/celebrations.js';
import type { CelebrationMessages, CelebrationSettings } from '../services/celebrations.js';
import { LIMITS, mrkdwn, namedLabel, plain, truncate, userText } from './text.js';

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

/** "<@U1> completed *Run a workshop*" — the sentence every surface shares. */
function winSentence(win: WinCard, who: string): string {
  switch (win.kind) {
    case 'milestone':
      return `${who} completed ${shown(win.achievement)}`;
    case 'goal':
      return `${who} reached their goal role: ${shown(win.achievement)}`;
    case 'streak':
      return `${who} kept up their development check-ins: ${shown(win.achievement)}`;
    case 'thanks':
      return `${who} ${who === 'You' ? 'were' : 'was'} thanked by a colleague for ${shown(win.achievement)}`;
  }
}

/** The goal role a milestone or streak leads toward; a reached goal needs none. */
function towardRole(win: WinCard): string | null {
  return win.kind === 'goal' || !win.towardRole ? null : shown(win.towardRole);
}

/** Plain fallback text (notifications, screen readers) with the same escaping as the blocks. */
function fallback(win: WinCard, who: string): string {
  return truncate(winSentence(win, who).replace(/\*/g, ''), LIMITS.sectionText);
}

const HEADLINE: Record<WinCard['kind'], string> = {
  milestone: ':tada: Milestone reached',
  goal: ':trophy: Goal role reached',
  streak: ':seedling: Keeping the habit',
  thanks: ':pray: Thanks from a colleague',
};

/** The post in the team channel. */
export function celebrationPost(win: WinCard): Message {
  const who = `<@${win.slackUserId}>`;
  const toward = towardRole(win);
  return {
    text: fallback(win, who),
    blocks: [
      { type: 'header', text: plain(HEADLINE[win.kind], LIMITS.headerText) },
      {
        type: 'section',
        text: mrkdwn(toward ? `${winSentence(win, who)}\n:compass: A step toward ${toward}` : winSentence(win, who)),
      },
      {
        type: 'context',
        elements: [
          mrkdwn(`Shared by ${who}'s own choice through Pathway. Say well done in the thread! :raised_hands:`),
        ],
      },
    ],
  };
}

function button(
  text: string,
  actionId: string,
  value: string,
  style: 'primary' | 'danger' | undefined,
  label: string,
): Button {
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    accessibility_label: label,
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

const CHANGE_HINT =
  'Change this any time: `/pathway celebrate always`, `/pathway celebrate ask` or `/pathway celebrate never`.';

/** The private question on a win while the person's consent is "ask". */
export function consentQuestion(win: WinCard, channelId: string, celebrationId: string): Message {
  const choices: Array<[ConsentChoice, string, 'primary' | undefined]> = [
    ['once', 'Post this time', 'primary'],
    ['always', 'Always post my wins', undefined],
    ['never', 'Never post', undefined],
  ];
  return {
    text: `${fallback(win, 'You')}. Shall Pathway celebrate it in a channel?`,
    blocks: [
      { type: 'section', text: mrkdwn(`:tada: Nice work! ${winSentence(win, 'You')}.`) },
      {
        type: 'section',
        text: mrkdwn(
          `Shall Pathway celebrate it in <#${channelId}>? The post says who you are, what you achieved and the role it brings you toward — never notes, evidence or check-ins.`,
        ),
      },
      {
        type: 'actions',
        block_id: 'celebration_consent',
        elements: choices.map(([choice, label, style]) =>
          button(
            label,
            `${CONSENT_ACTION_PREFIX}${choice}`,
            celebrationId,
            style,
            namedLabel((l) => `Celebrate this win in a channel? ${l}`, label),
          ),
        ),
      },
      { type: 'context', elements: [mrkdwn(CHANGE_HINT)] },
    ],
  };
}

/** After the post is queued: where it goes, and a button to take it down again. */
export function celebrationConfirmation(
  win: WinCard,
  channelId: string,
  celebrationId: string,
  standing: 'always' | 'this-time',
): Message {
  const note =
    standing === 'always'
      ? 'You chose to share your wins, so Pathway posts them without asking.'
      : 'Pathway will ask again next time.';
  return {
    text: `${fallback(win, 'You')}. Pathway is celebrating it in a channel.`,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(`:tada: ${winSentence(win, 'You')}. Pathway is celebrating it in <#${channelId}>.`),
      },
      {
        type: 'actions',
        block_id: 'celebration_remove',
        elements: [
          button(
            'Remove the post',
            REMOVE_ACTION,
            celebrationId,
            'danger',
            'Remove the post celebrating this win from the channel',
          ),
        ],
      },
      { type: 'context', elements: [mrkdwn(`${note} ${CHANGE_HINT}`)] },
    ],
  };
}

/** The answer to "Never post": this win and later ones stay private. */
export function consentDeclined(): Message {
  return {
    text: 'Pathway will not post your wins.',
    blocks: [
      {
        type: 'section',
        text: mrkdwn(':lock: Understood: this win stays private, and Pathway will not post your wins in a channel.'),
      },
      { type: 'context', elements: [mrkdwn(CHANGE_HINT)] },
    ],
  };
}

/** The answer to "Remove the post". */
export function celebrationRemoved(win: WinCard, channelId: string): Message {
  return {
    text: 'The celebration post was removed.',
    blocks: [
      {
        type: 'section',
        text: mrkdwn(`:wastebasket: Removed the post about ${shown(win.achievement)} from <#${channelId}>.`),
      },
    ],
  };
}

const INVITE = (channelId: string) => `type \`/invite @Pathway\` in <#${channelId}>`;

/** Why a celebration (or a digest) could not be posted, and who can fix it how. Never silent. */
export function channelProblemNotice(channelId: string, problem: ChannelProblem, to: NoticeAudience): Message {
  const fix =
    problem === 'private'
      ? `<#${channelId}> is a private channel Pathway is not in. To fix it, someone in the channel can ${INVITE(channelId)}.`
      : to.audience === 'person'
        ? `<#${channelId}> is archived. Pick another channel for your wins with \`/pathway celebrate in #channel\`, or go back to your team’s with \`/pathway celebrate in default\`.`
        : `<#${channelId}> is archived. Pick another channel: for the whole workspace in \`/pathway admin settings\`, for a team with \`/pathway celebrate team <team> in #channel\`.`;
  const what =
    to.audience === 'person'
      ? 'your win'
      : to.aboutUserId
        ? `a celebration for <@${to.aboutUserId}>`
        : 'the weekly wins digest';
  const lead = `:warning: Pathway could not post ${what} in <#${channelId}>, so nothing was posted.`;
  return {
    text: `Pathway could not post in a celebration channel: ${problem === 'private' ? 'invite the bot with /invite @Pathway' : 'the channel is archived'}.`,
    blocks: [{ type: 'section', text: mrkdwn(`${lead}\n${fix}`) }],
  };
}

/** One line per win, oldest first, no counts or order of merit. */
function digestLine(win: DigestWin): string {
  const toward = towardRole(win);
  return `• ${winSentence(win, `<@${win.slackUserId}>`)}${toward ? ` — toward ${toward}` : ''}`;
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
export function winsDigest(wins: readonly DigestWin[]): Message {
  const sections = sectionsOf(wins.map(digestLine));
  const shownSections = sections.slice(0, DIGEST_SECTIONS_MAX);
  const more =
    sections.length > shownSections.length ? ' More wins were shared this week than fit in one message.' : '';
  return {
    text: 'This week’s wins',
    blocks: [
      { type: 'header', text: plain(':sparkles: This week’s wins', LIMITS.headerText) },
      ...shownSections,
      { type: 'context', elements: [mrkdwn(`Each win was shared by the person’s own choice.${more}`)] },
    ],
  };
}

const CONSENT_WORDS: Record<CelebrationSettings['consent'], string> = {
  ask: 'Pathway *asks you* each time you reach a milestone or your goal, or a colleague thanks you.',
  always: 'Pathway *always* celebrates your wins in a channel, and sends you a button to remove each post.',
  never: 'Pathway *never* posts your wins in a channel.',
};

const SOURCE_WORDS: Record<NonNullable<CelebrationSettings['channel']>['source'], string> = {
  person: 'your own choice',
  team: 'your team’s channel',
  workspace: 'the workspace’s channel',
};

function digestTime(digest: CelebrationSettings['digest'], timeZone: string): string {
  return `${WEEKDAYS[digest.weekday - 1] ?? 'Friday'}s at ${String(digest.hour).padStart(2, '0')}:00 (${timeZone})`;
}

/** What was just changed, said back in words. */
function savedLine(setting: CelebrateSetting, timeZone: string): string | null {
  switch (setting.action) {
    case 'show':
      return null;
    case 'consent':
      return ':white_check_mark: Saved.';
    case 'channel':
      return setting.channelId
        ? `:white_check_mark: Saved: your wins go to <#${setting.channelId}>.`
        : ':white_check_mark: Saved: your wins go to your team’s or the workspace’s channel.';
    case 'team-channel':
      return setting.channelId
        ? `:white_check_mark: Saved: wins of the team *${userText(truncate(setting.team, 100))}* go to <#${setting.channelId}>.`
        : `:white_check_mark: Saved: wins of the team *${userText(truncate(setting.team, 100))}* go to the workspace’s channel.`;
    case 'digest-time':
      return `:white_check_mark: Saved: the weekly wins digest goes out on ${digestTime(setting, timeZone)}.`;
  }
}

/** `/pathway celebrate`: the person's consent and channel, and how to change them. */
export function celebrationSettingsMessage(
  settings: CelebrationSettings,
  change: CelebrateSetting,
  timeZone: string,
): Message {
  const where = settings.channel
    ? `Your wins go to <#${settings.channel.channelId}> (${SOURCE_WORDS[settings.channel.source]}).`
    : 'No celebration channel is set yet, so nothing is posted; an admin can set one in `/pathway admin settings`.';
  const saved = savedLine(change, timeZone);
  return {
    text: 'Your celebration settings',
    blocks: [
      ...(saved ? [{ type: 'section' as const, text: mrkdwn(saved) }] : []),
      {
        type: 'section',
        text: mrkdwn(
          `:tada: ${CONSENT_WORDS[settings.consent]}\n${where}\nThe weekly wins digest goes out on ${digestTime(settings.digest, timeZone)} when there were wins.`,
        ),
      },
      {
        type: 'context',
        elements: [
          mrkdwn(
            'Change it: `/pathway celebrate always`, `ask` or `never`; `/pathway celebrate in #channel` (or `in default`). Admins: `/pathway celebrate team "<team>" in #channel`, `/pathway celebrate digest friday 15:00`. Posts never include notes, evidence or check-ins.',
          ),
        ],
      },
    ],
  };
}

/** The messages the celebrations service queues (it stays Slack-free and receives these). */
export const celebrationMessages: CelebrationMessages = {
  post: celebrationPost,
  consentQuestion,
  confirmation: celebrationConfirmation,
  channelProblem: channelProblemNotice,
  winsDigest,
};
