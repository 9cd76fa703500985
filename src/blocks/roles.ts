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
import { english, type Translator } from '../i18n/index.js';
import { kindWords } from './suggestions.js';
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

function movesText(framework: Framework, role: Role, t: Translator): string {
  const ladder = ladderMovesFrom(framework, role.key);
  const lattice = latticeMovesFrom(framework, role.key);
  const lines = [
    ladder.length > 0 ? t.t('roles.moves.up', { roles: titles(ladder) }) : t.t('roles.moves.top'),
    lattice.length > 0 ? t.t('roles.moves.across', { roles: titles(lattice) }) : t.t('roles.moves.noAcross'),
  ];
  return lines.join('\n');
}

function youSection(context: RolesContext, t: Translator): SectionBlock {
  const role = currentRole(context);
  if (!role) return { type: 'section', text: mrkdwn(t.t('roles.you.unknown')) };
  const stage = stageOf(context.framework, role);
  const you = stage
    ? t.t('roles.you.atStage', { role: roleName(role), order: stage.order, stage: userText(stage.title) })
    : t.t('roles.you.are', { role: roleName(role) });
  return { type: 'section', text: mrkdwn(`${you}\n${movesText(context.framework, role, t)}`) };
}

function roleListLine(role: Role, context: RolesContext, you: Role | undefined, t: Translator): string {
  let marker = '';
  if (you && role.key === you.key) marker = ` ${t.t('roles.marker.you')}`;
  else if (you) {
    const kind = moveKind(context.framework, you.key, role.key);
    if (kind === 'ladder') marker = ` ${t.t('roles.marker.up')}`;
    else if (kind === 'lattice') marker = ` ${t.t('roles.marker.across')}`;
  }
  return `• ${roleName(role)} \`${role.key}\`${marker} — ${userText(truncate(role.focus, LIST_FOCUS_LENGTH))}`;
}

/** Every stage of every track, with its roles, marked from the person's point of view. */
export function rolesOverviewBlocks(context: RolesContext, t: Translator = english): KnownBlock[] {
  const { framework } = context;
  const you = currentRole(context);
  const showTracks = framework.tracks.length > 1;
  const texts: string[] = [];
  for (const track of framework.tracks) {
    const stages = framework.stages.filter((stage) => stage.track === track.key).sort((a, b) => a.order - b.order);
    stages.forEach((stage, index) => {
      const trackLine = showTracks && index === 0 ? `:world_map: *${userText(track.title)}*\n` : '';
      const head = `${trackLine}*${stage.order}. ${userText(stage.title)}* — ${userText(truncate(stage.focus, 200))}`;
      const lines = stage.roles.map((role) => roleListLine(role, context, you, t));
      texts.push(fitLines(head, lines, (count) => t.t('roles.moreRoles', { count })));
    });
  }
  const example = rolesInStageOrder(framework)[1] ?? rolesInStageOrder(framework)[0];
  return [
    { type: 'header', text: plain(rolesHeading(framework, t), LIMITS.headerText) },
    youSection(context, t),
    ...packSections(texts, STAGE_SECTION_BUDGET, t),
    {
      type: 'context',
      elements: [mrkdwn(example ? t.t('roles.footer.example', { key: example.key }) : t.t('roles.footer'))],
    },
  ];
}

/**
 * One section per text while they fit in `budget` blocks; beyond that, texts are joined
 * into fewer sections, and what still does not fit is counted instead of shown.
 */
export function packSections(texts: string[], budget: number, t: Translator = english): SectionBlock[] {
  if (texts.length <= budget) return texts.map((text) => ({ type: 'section', text: mrkdwn(text) }));
  const packed: string[] = [];
  for (const [index, text] of texts.entries()) {
    const last = packed.length - 1;
    if (last >= 0 && packed[last]!.length + text.length + 2 <= SECTION_ROOM) packed[last] += `\n\n${text}`;
    else if (packed.length < budget) packed.push(text);
    else {
      packed[last] = `${packed[last]!}\n\n${t.t('roles.moreStages', { count: texts.length - index })}`;
      break;
    }
  }
  return packed.map((text) => ({ type: 'section', text: mrkdwn(text) }));
}

/** What one role expects, where it leads, and how it relates to the person's own role. */
export function roleDetailBlocks(context: RolesContext, role: Role, t: Translator = english): KnownBlock[] {
  const { framework } = context;
  const stage = stageOf(framework, role);
  const track = trackOf(framework, role);
  const stageCount = track ? framework.stages.filter((s) => s.track === track.key).length : 0;
  const stageName =
    stageCount > 1
      ? t.t('roles.detail.stage', { order: stage?.order ?? '', count: stageCount, stage: userText(stage?.title ?? '') })
      : userText(stage?.title ?? '');
  const place = stage && track ? `*${stageName}* · ${userText(track.title)}` : '';
  const aka =
    role.alternativeTitles.length > 0
      ? `\n${t.t('roles.detail.aka', { titles: role.alternativeTitles.map(userText).join(', ') })}`
      : '';
  const more = (count: number) => t.t('roles.more', { count });
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(role.title, LIMITS.headerText) },
    {
      type: 'section',
      text: mrkdwn(`${place}${aka}\n\n${t.t('roles.detail.focus', { focus: userText(role.focus) })}\n\`${role.key}\``),
    },
  ];
  if (stage && stage.successCriteria.length > 0) {
    const lines = stage.successCriteria.map((criterion) => `• ${userText(criterion)}`);
    blocks.push({ type: 'section', text: mrkdwn(fitLines(t.t('roles.detail.success'), lines, more)) });
  }
  const competencies = competenciesOf(framework, role.key);
  if (competencies.length > 0) {
    const lines = competencies.map(
      (entry) =>
        `• *${userText(entry.competency.title)}* — ${userText(truncate(entry.description, DETAIL_DESCRIPTION_LENGTH))}${entry.resources[0] ? ` (<${entry.resources[0].url}|${userText(truncate(entry.resources[0].title, 75))}>)` : ''}`,
    );
    blocks.push({ type: 'section', text: mrkdwn(fitLines(t.t('roles.detail.competencies'), lines, more)) });
  }
  if (role.signals.length > 0) {
    const lines = role.signals.map(
      (signal) =>
        `• *${userText(signal.title)}* — ${userText(truncate(signal.description, DETAIL_DESCRIPTION_LENGTH))}`,
    );
    blocks.push({ type: 'section', text: mrkdwn(fitLines(t.t('roles.detail.signals'), lines, more)) });
  }
  blocks.push({ type: 'section', text: mrkdwn(`${t.t('roles.detail.moves')}\n${movesText(framework, role, t)}`) });
  const templates = milestoneTemplatesFor(framework, role.key);
  if (templates.length > 0) {
    const lines = templates.map(
      (template) =>
        `• ${userText(template.title)} (${t.t('roles.detail.template', { kind: kindWords(template.kind, t), weeks: template.weeks })})`,
    );
    blocks.push({ type: 'section', text: mrkdwn(fitLines(t.t('roles.detail.templates'), lines, more)) });
  }
  blocks.push({
    type: 'context',
    elements: [mrkdwn(`${fromYouText(context, role, t)} ${t.t('roles.detail.everyRole')}`)],
  });
  return blocks;
}

function fromYouText(context: RolesContext, role: Role, t: Translator): string {
  const you = currentRole(context);
  if (!you) return t.t('roles.from.unknown');
  if (you.key === role.key) return t.t('roles.from.current');
  const kind = moveKind(context.framework, you.key, role.key);
  const from = userText(you.title);
  if (kind === 'ladder') return t.t('roles.from.up', { from });
  if (kind === 'lattice') return t.t('roles.from.across', { from });
  return t.t('roles.from.indirect', { from });
}

/** The `/pathway roles` heading, also its answer's fallback text. */
export function rolesHeading(framework: Framework, t: Translator = english): string {
  return t.t('roles.heading', { name: framework.name });
}

export const MAX_LISTED_MATCHES = 15;

/** Several roles match the words typed: list them with the key to type. */
export function roleChoiceBlocks(query: string, roles: Role[], t: Translator = english): KnownBlock[] {
  const shown = roles
    .slice(0, MAX_LISTED_MATCHES)
    .map((role) => t.t('roles.choice.line', { role: roleName(role), key: role.key }));
  const more =
    roles.length > MAX_LISTED_MATCHES
      ? `\n${t.t('roles.choice.more', { count: roles.length - MAX_LISTED_MATCHES })}`
      : '';
  return [
    {
      type: 'section',
      text: mrkdwn(
        `${t.t('roles.choice.head', { count: roles.length, query: userText(truncate(query, 100)) })}\n${shown.join('\n')}${more}`,
      ),
    },
  ];
}

/** Nothing matches: a suggestion when there is a near miss, and how to list every role. */
export function roleNotFoundBlocks(query: string, suggestion: Role | undefined, t: Translator = english): KnownBlock[] {
  const values = {
    query: userText(truncate(query, 100)),
    role: suggestion ? roleName(suggestion) : '',
    key: suggestion?.key ?? '',
  };
  return [{ type: 'section', text: mrkdwn(t.t(suggestion ? 'roles.notFound.suggest' : 'roles.notFound', values)) }];
}
