/**
 * `/pathway roles`: the framework's stages and roles, one role in detail, and
 * the answer when nothing matches. Everything from the framework file is
 * admin-written text, so it goes through userText.
 */

import type { KnownBlock, SectionBlock } from '@slack/types';
import {
  competenciesOf,
  type Framework,
  findRole,
  ladderMovesFrom,
  latticeMovesFrom,
  milestoneTemplatesFor,
  moveKind,
  type Role,
  rolesInStageOrder,
  stageOf,
  trackOf,
} from '../domain/framework/index.js';
import { KIND_WORDS } from './overview.js';
import { LIMITS, mrkdwn, plain, truncate, userText } from './text.js';

export interface RolesContext {
  framework: Framework;
  /** The person's role today (Person.currentRoleKey or their pathway's starting role), if known. */
  currentRoleKey: string | null;
}

/** Room left for the header, the "you" section and the closing context. */
const STAGE_SECTION_BUDGET = LIMITS.messageBlocks - 4;
/** Stop adding lines to a section this far from the 3000-character limit, to leave room for "…and N more". */
const SECTION_ROOM = LIMITS.sectionText - 120;
const LIST_FOCUS_LENGTH = 90;
const DETAIL_DESCRIPTION_LENGTH = 160;

function roleName(role: Role): string {
  return `*${userText(role.title)}*`;
}

function titles(roles: Role[]): string {
  return roles.map((role) => userText(role.title)).join(', ');
}

/** The person's role as the active framework knows it (former keys resolve), or undefined. */
function currentRole(context: RolesContext): Role | undefined {
  return context.currentRoleKey ? findRole(context.framework, context.currentRoleKey) : undefined;
}

/** Adds lines while they fit, then says how many were left out. */
function fitLines(head: string, lines: string[], more: (count: number) => string): string {
  let text = head;
  for (const [index, line] of lines.entries()) {
    if (text.length + line.length + 1 > SECTION_ROOM) return `${text}\n${more(lines.length - index)}`;
    text += `\n${line}`;
  }
  return text;
}

function movesText(framework: Framework, role: Role): string {
  const ladder = ladderMovesFrom(framework, role.key);
  const lattice = latticeMovesFrom(framework, role.key);
  const lines = [
    ladder.length > 0
      ? `:arrow_up: Up the ladder: ${titles(ladder)}`
      : ':checkered_flag: Top of its track: no step up from here',
    lattice.length > 0
      ? `:left_right_arrow: Moves across to another track: ${titles(lattice)}`
      : ':left_right_arrow: No moves across to another track listed',
  ];
  return lines.join('\n');
}

function youSection(context: RolesContext): SectionBlock {
  const role = currentRole(context);
  if (!role) {
    return {
      type: 'section',
      text: mrkdwn(
        ':compass: Pathway does not know your current role yet. Pick it when you plan a pathway (`/pathway plan`); then this list shows the moves open to you.',
      ),
    };
  }
  const stage = stageOf(context.framework, role);
  const where = stage ? ` (stage ${stage.order}: ${userText(stage.title)})` : '';
  return {
    type: 'section',
    text: mrkdwn(`:round_pushpin: You are ${roleName(role)}${where}.\n${movesText(context.framework, role)}`),
  };
}

function roleListLine(role: Role, context: RolesContext, you: Role | undefined): string {
  let marker = '';
  if (you && role.key === you.key) marker = ' :round_pushpin: _you_';
  else if (you) {
    const kind = moveKind(context.framework, you.key, role.key);
    if (kind === 'ladder') marker = ' :arrow_up: _step up_';
    else if (kind === 'lattice') marker = ' :left_right_arrow: _move across_';
  }
  return `• ${roleName(role)} \`${role.key}\`${marker} — ${userText(truncate(role.focus, LIST_FOCUS_LENGTH))}`;
}

/** Every stage of every track, with its roles, marked from the person's point of view. */
export function rolesOverviewBlocks(context: RolesContext): KnownBlock[] {
  const { framework } = context;
  const you = currentRole(context);
  const showTracks = framework.tracks.length > 1;
  const texts: string[] = [];
  for (const track of framework.tracks) {
    const stages = framework.stages.filter((stage) => stage.track === track.key).sort((a, b) => a.order - b.order);
    stages.forEach((stage, index) => {
      const trackLine = showTracks && index === 0 ? `:world_map: *${userText(track.title)}*\n` : '';
      const head = `${trackLine}*${stage.order}. ${userText(stage.title)}* — ${userText(truncate(stage.focus, 200))}`;
      const lines = stage.roles.map((role) => roleListLine(role, context, you));
      texts.push(
        fitLines(head, lines, (count) => `_…and ${count} more: type \`/pathway roles <words of the title>\`_`),
      );
    });
  }
  const example = rolesInStageOrder(framework)[1] ?? rolesInStageOrder(framework)[0];
  return [
    { type: 'header', text: plain(`Career framework: ${framework.name}`, LIMITS.headerText) },
    youSection(context),
    ...packSections(texts, STAGE_SECTION_BUDGET),
    {
      type: 'context',
      elements: [
        mrkdwn(
          `What a role expects, and how to get there: \`/pathway roles <role>\`${example ? `, e.g. \`/pathway roles ${example.key}\`` : ''}`,
        ),
      ],
    },
  ];
}

/**
 * One section per text while they fit in `budget` blocks; beyond that, texts are joined
 * into fewer sections, and what still does not fit is counted instead of shown.
 */
export function packSections(texts: string[], budget: number): SectionBlock[] {
  if (texts.length <= budget) return texts.map((text) => ({ type: 'section', text: mrkdwn(text) }));
  const packed: string[] = [];
  for (const [index, text] of texts.entries()) {
    const last = packed.length - 1;
    if (last >= 0 && packed[last]!.length + text.length + 2 <= SECTION_ROOM) packed[last] += `\n\n${text}`;
    else if (packed.length < budget) packed.push(text);
    else {
      packed[last] = `${packed[last]!}\n\n_…and ${texts.length - index} more stages_`;
      break;
    }
  }
  return packed.map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

/** What one role expects, where it leads, and how it relates to the person's own role. */
export function roleDetailBlocks(context: RolesContext, role: Role): KnownBlock[] {
  const { framework } = context;
  const stage = stageOf(framework, role);
  const track = trackOf(framework, role);
  const stageCount = track ? framework.stages.filter((s) => s.track === track.key).length : 0;
  const stageName =
    stageCount > 1
      ? `Stage ${stage?.order} of ${stageCount}: ${userText(stage?.title ?? '')}`
      : userText(stage?.title ?? '');
  const place = stage && track ? `*${stageName}* · ${userText(track.title)}` : '';
  const aka =
    role.alternativeTitles.length > 0 ? `\n_Also known as ${role.alternativeTitles.map(userText).join(', ')}_` : '';
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(role.title, LIMITS.headerText) },
    { type: 'section', text: mrkdwn(`${place}${aka}\n\n*Focus:* ${userText(role.focus)}\n\`${role.key}\``) },
  ];
  if (stage && stage.successCriteria.length > 0) {
    const lines = stage.successCriteria.map((criterion) => `• ${userText(criterion)}`);
    blocks.push({
      type: 'section',
      text: mrkdwn(fitLines('*Success at this stage*', lines, (n) => `_…and ${n} more_`)),
    });
  }
  const competencies = competenciesOf(framework, role.key);
  if (competencies.length > 0) {
    const lines = competencies.map(
      (entry) =>
        `• *${userText(entry.competency.title)}* — ${userText(truncate(entry.description, DETAIL_DESCRIPTION_LENGTH))}${entry.resources[0] ? ` (<${entry.resources[0].url}|${userText(truncate(entry.resources[0].title, 75))}>)` : ''}`,
    );
    blocks.push({
      type: 'section',
      text: mrkdwn(fitLines('*Competencies at this level*', lines, (n) => `_…and ${n} more_`)),
    });
  }
  if (role.signals.length > 0) {
    const lines = role.signals.map(
      (signal) =>
        `• *${userText(signal.title)}* — ${userText(truncate(signal.description, DETAIL_DESCRIPTION_LENGTH))}`,
    );
    const head = '*Readiness signals* (what people show before stepping into this role; rated in check-ins)';
    blocks.push({ type: 'section', text: mrkdwn(fitLines(head, lines, (n) => `_…and ${n} more_`)) });
  }
  blocks.push({ type: 'section', text: mrkdwn(`*Moves from this role*\n${movesText(framework, role)}`) });
  const templates = milestoneTemplatesFor(framework, role.key);
  if (templates.length > 0) {
    const lines = templates.map(
      (template) => `• ${userText(template.title)} (${KIND_WORDS[template.kind]}, about ${template.weeks} weeks)`,
    );
    blocks.push({
      type: 'section',
      text: mrkdwn(fitLines('*Suggested milestones* when this is your goal', lines, (n) => `_…and ${n} more_`)),
    });
  }
  blocks.push({ type: 'context', elements: [mrkdwn(`${fromYouText(context, role)} Every role: \`/pathway roles\`.`)] });
  return blocks;
}

function fromYouText(context: RolesContext, role: Role): string {
  const you = currentRole(context);
  if (!you) return 'Set your current role in `/pathway plan` to see how you get here.';
  if (you.key === role.key) return ':round_pushpin: This is your current role.';
  const kind = moveKind(context.framework, you.key, role.key);
  const from = userText(you.title);
  if (kind === 'ladder') return `:arrow_up: A step up from your role (${from}): plan it with \`/pathway plan\`.`;
  if (kind === 'lattice')
    return `:left_right_arrow: A move across from your role (${from}): plan it with \`/pathway plan\`.`;
  return `Not a direct move from your role (${from}): step through the roles between first.`;
}

export const MAX_LISTED_MATCHES = 15;

/** Several roles match the words typed: list them with the key to type. */
export function roleChoiceBlocks(query: string, roles: Role[]): KnownBlock[] {
  const shown = roles
    .slice(0, MAX_LISTED_MATCHES)
    .map((role) => `• ${roleName(role)} — \`/pathway roles ${role.key}\``);
  const more =
    roles.length > MAX_LISTED_MATCHES
      ? `\n_…and ${roles.length - MAX_LISTED_MATCHES} more: add a word to narrow it down_`
      : '';
  return [
    {
      type: 'section',
      text: mrkdwn(
        `:mag: ${roles.length} roles match “${userText(truncate(query, 100))}”. Pick one:\n${shown.join('\n')}${more}`,
      ),
    },
  ];
}

/** Nothing matches: a suggestion when there is a near miss, and how to list every role. */
export function roleNotFoundBlocks(query: string, suggestion: Role | undefined): KnownBlock[] {
  const hint = suggestion ? ` Did you mean ${roleName(suggestion)}? Type \`/pathway roles ${suggestion.key}\`.` : '';
  return [
    {
      type: 'section',
      text: mrkdwn(
        `:grey_question: No role matches “${userText(truncate(query, 100))}”.${hint} To list every role, type \`/pathway roles\`.`,
      ),
    },
  ];
}
