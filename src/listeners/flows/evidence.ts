/**
 * The wins log and the readiness case, shared by `/pathway wins`, the Home tab
 * and the buttons that open or page them. Someone else's evidence is read only
 * through the privacy rule: the person and their current manager.
 */
import { WINS_PAGE_SIZE, type WinsLog, winsBlocks } from '../../blocks/evidence.js';
import { UserError } from '../../domain/errors.js';
import { winsPage } from '../../domain/evidence.js';
import { languageFor } from '../../domain/language.js';
import type { Person } from '../../generated/prisma/client.js';
import { english, translator } from '../../i18n/index.js';
import { casesOf, type EvidenceOf, evidenceOf, pathwayOwner, type ReadinessCaseView } from '../../services/evidence.js';
import { colleagueFeedbackOf, waitingRequestsOf } from '../../services/feedback.js';
import { authorizeCheckInRead, type CheckInGrant, ownCheckIns } from '../../services/privacy.js';
import type { ListenerDeps } from '../deps.js';
import type { Reply } from '../safely.js';

/** The English answer when there is no pathway, for tests that look for it. */
export const NO_PATHWAY_FOR_WINS = english.t('evidence.wins.noPathway');

interface Loaded {
  evidence: EvidenceOf;
  self: boolean;
  access: CheckInGrant;
}

/** The evidence of `pathwayId` (anyone's, through the privacy rule), or the viewer's own current one. */
async function load(deps: ListenerDeps, viewer: Person, pathwayId: string | null, readPath: string): Promise<Loaded> {
  const t = translator(languageFor(viewer));
  let access: CheckInGrant = ownCheckIns(viewer.id);
  if (pathwayId !== null) {
    const ownerId = await pathwayOwner(deps.prisma, pathwayId);
    if (ownerId === null) throw new UserError(t.t('evidence.wins.pathwayGone'));
    access = await authorizeCheckInRead({ prisma: deps.prisma, logger: deps.logger }, viewer, ownerId, readPath);
  }
  const evidence = await evidenceOf(deps.prisma, access, pathwayId ?? undefined);
  if (!evidence) throw new UserError(t.t('evidence.wins.noPathway'));
  return { evidence, self: access.relation === 'self', access };
}

export function winsLogOf(evidence: EvidenceOf, page: number, size: number): WinsLog {
  return {
    pathwayId: evidence.pathwayId,
    goalTitle: evidence.goalTitle,
    active: evidence.active,
    subjectSlackUserId: evidence.subject.slackUserId,
    signals: evidence.signals,
    page: winsPage(evidence.entries, page, size),
  };
}

export async function loadWinsLog(
  deps: ListenerDeps,
  viewer: Person,
  pathwayId: string | null,
  page: number,
  size: number,
): Promise<{ log: WinsLog; self: boolean }> {
  const { evidence, self } = await load(deps, viewer, pathwayId, 'wins-log');
  return { log: winsLogOf(evidence, page, size), self };
}

export async function loadReadinessCase(
  deps: ListenerDeps,
  viewer: Person,
  pathwayId: string | null,
): Promise<{ view: ReadinessCaseView; self: boolean }> {
  const { evidence, self, access } = await load(deps, viewer, pathwayId, 'readiness-case');
  // Colleagues' answers beside the case (the same grant); the person also sees whom they still wait for.
  const [colleagues, waiting] = await Promise.all([
    colleagueFeedbackOf(deps.prisma, [{ access, pathwayId: evidence.pathwayId }]),
    evidence.active ? waitingRequestsOf(deps.prisma, access, deps.clock.now()) : Promise.resolve([]),
  ]);
  return {
    view: {
      ...casesOf(evidence),
      colleagues: colleagues.get(access.subjectId) ?? new Map(),
      waiting,
      askable: self && evidence.active,
    },
    self,
  };
}

/** `/pathway wins [page]`: the person's own wins log, a page at a time. */
export async function winsReply(deps: ListenerDeps, person: Person, page: number): Promise<Reply> {
  const { log } = await loadWinsLog(deps, person, null, page, WINS_PAGE_SIZE);
  const t = translator(languageFor(person));
  return { text: t.t('evidence.wins.text', { count: log.page.total }), blocks: winsBlocks(log, true, t) };
}
