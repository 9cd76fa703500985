/**
 * The career framework file format (frameworks/*.yaml), as a zod schema.
 *
 * Shape: a header (`version`, `name`), the competencies the framework talks about,
 * the tracks, and the stages of each track with their roles. A role carries what the
 * rest of Pathway needs: its focus, what each competency looks like at that level,
 * the readiness signals a person shows before stepping INTO it (see `signals` below),
 * the lattice moves out of it, and milestone templates for reaching it.
 *
 * Ladder moves are not written down: they are implied by stage order (the next stage of
 * the same track). Lattice moves are written down per role, because sideways moves are
 * a judgement call the framework owner makes, not a consequence of structure.
 */
import { z } from 'zod';
import { LANGUAGES } from '../language.js';

/** Slack renders at most 75 characters in a button label or a select option. */
export const MAX_TITLE_LENGTH = 75;
/** Long enough for a few sentences, short enough for a section block next to others. */
export const MAX_DESCRIPTION_LENGTH = 500;
/** Keys end up in Slack action ids and option values (≤ 255/150) together with other ids. */
export const MAX_KEY_LENGTH = 60;
/** A role picker is one static select, and Slack allows 100 options in one. */
export const MAX_ROLES = 100;
/** Each signal takes a rating and an example input in the check-in modal (≤ 100 blocks). */
export const MAX_SIGNALS_PER_ROLE = 12;
/** One line of a stage's success criteria. */
export const MAX_CRITERION_LENGTH = 200;
/** Slack URLs in buttons are limited to 3000 characters. */
export const MAX_LINK_LENGTH = 3000;

/** The file format this code reads. Bump it (and migrate) when the format changes. */
export const FRAMEWORK_FORMAT_VERSION = 1;

export const MILESTONE_KINDS = ['course', 'project', 'mentoring', 'certification', 'exposure'] as const;
export const MilestoneKindSchema = z.enum(MILESTONE_KINDS);

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable identifier: kebab-case, because keys are stored in pathways and check-ins. */
export const KeySchema = z
  .string()
  .min(1)
  .max(MAX_KEY_LENGTH)
  .regex(
    KEY_PATTERN,
    'Must be kebab-case: lowercase letters and digits joined by single hyphens, e.g. senior-instructional-designer',
  );

const TitleSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH);
const DescriptionSchema = z.string().trim().min(1).max(MAX_DESCRIPTION_LENGTH);
const CriterionSchema = z.string().trim().min(1).max(MAX_CRITERION_LENGTH);

/** A language Pathway speaks (domain/language.ts): the framework's own, or one it is translated into. */
export const FrameworkLanguageSchema = z.enum(LANGUAGES);

const LinkSchema = z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL' }).max(MAX_LINK_LENGTH);

export const CompetencySchema = z.strictObject({
  key: KeySchema,
  title: TitleSchema,
  description: DescriptionSchema,
});

export const TrackSchema = z.strictObject({
  key: KeySchema,
  title: TitleSchema,
  description: DescriptionSchema.optional(),
});

/** A course, reading or internal programme that helps with a signal or a competency. */
export const ResourceSchema = z.strictObject({
  title: TitleSchema,
  url: LinkSchema,
});

/** A few links at most: they are shown beside the signal in plans, readiness views and nudges. */
export const MAX_RESOURCES = 5;
const ResourcesSchema = z.array(ResourceSchema).max(MAX_RESOURCES).default([]);

/** What one framework-level competency looks like at this role's level. */
export const RoleCompetencySchema = z.strictObject({
  competency: KeySchema,
  description: DescriptionSchema,
  resources: ResourcesSchema,
});

/**
 * A readiness signal: observable behaviour that shows a person is ready to step into the
 * role that lists it. Phrased about what the person already does in their current work
 * (the seeds' "impact beyond your own role", "owns outcomes, not outputs"…), so it can
 * be rated 1–4 in a check-in.
 */
export const SignalSchema = z.strictObject({
  key: KeySchema,
  title: TitleSchema,
  description: DescriptionSchema,
  resources: ResourcesSchema,
});

/** A suggested milestone for someone whose goal is the role that lists it. */
export const MilestoneTemplateSchema = z.strictObject({
  key: KeySchema,
  title: TitleSchema,
  kind: MilestoneKindSchema,
  /** Suggested duration; the person's due date is derived from it. Two years at most. */
  weeks: z.number().int().min(1).max(104),
  /**
   * When it starts, in weeks from the plan's start. Without `start` or `alongside` it starts
   * when the template before it ends, so activities run one after another unless told.
   */
  start: z.number().int().min(0).max(104).optional(),
  /** Starts together with this other template of the same role (activities side by side). */
  alongside: KeySchema.optional(),
  /** Runs until the plan's target date (mentoring spans the plan), at least `weeks` long. */
  throughout: z.boolean().default(false),
  /** Offered only to people starting from one of these roles; empty: offered to everyone. */
  from: z.array(KeySchema).max(20).default([]),
  description: DescriptionSchema.optional(),
  link: LinkSchema.optional(),
  /** Keys of readiness signals of the same role that this milestone helps build. */
  signals: z.array(KeySchema).max(MAX_SIGNALS_PER_ROLE).default([]),
});

export const RoleSchema = z.strictObject({
  key: KeySchema,
  title: TitleSchema,
  /** Earlier keys of this role, so pathways and check-ins stored under them still resolve. */
  formerKeys: z.array(KeySchema).max(20).default([]),
  /** What other organisations call the same job; shown as "also known as". */
  alternativeTitles: z.array(TitleSchema).max(10).default([]),
  focus: DescriptionSchema,
  competencies: z.array(RoleCompetencySchema).max(20).default([]),
  /** Signals of readiness to step INTO this role (see SignalSchema). */
  signals: z.array(SignalSchema).max(MAX_SIGNALS_PER_ROLE).default([]),
  /** Keys of roles a person in this role may move across to. */
  lattice: z.array(KeySchema).max(20).default([]),
  /** Templates offered to someone whose goal is this role, in suggested order. */
  milestones: z.array(MilestoneTemplateSchema).max(20).default([]),
});

export const StageSchema = z.strictObject({
  key: KeySchema,
  track: KeySchema,
  /** 1-based position within the track; the ladder goes from `order` to `order + 1`. */
  order: z.number().int().min(1).max(50),
  title: TitleSchema,
  focus: DescriptionSchema,
  /** What success looks like at this stage, in the seeds' words; shown with every role of the stage. */
  successCriteria: z.array(CriterionSchema).max(10).default([]),
  roles: z.array(RoleSchema).min(1).max(MAX_ROLES),
});

// ---------------------------------------------------------------------------
// Translations. A translation names each text by the ids around it (role key, signal
// key…), not by position, so the English file stays as it is and a translator works
// through one file per language (`learning-and-development.es.yaml`). Every text is
// optional: a missing one falls back to the framework's own language, and the parser
// warns about it. Keys that name nothing are warned about too, not rejected, so a
// translation written for an older version of the framework still loads.

const TitledTranslationSchema = z.strictObject({
  title: TitleSchema.optional(),
  description: DescriptionSchema.optional(),
});

export const RoleTranslationSchema = z.strictObject({
  title: TitleSchema.optional(),
  alternativeTitles: z.array(TitleSchema).max(10).optional(),
  focus: DescriptionSchema.optional(),
  /** What each competency looks like at this role's level, by competency key. */
  competencies: z.record(z.string(), DescriptionSchema).default({}),
  signals: z.record(z.string(), TitledTranslationSchema).default({}),
  milestones: z.record(z.string(), TitledTranslationSchema).default({}),
});

export const StageTranslationSchema = z.strictObject({
  title: TitleSchema.optional(),
  focus: DescriptionSchema.optional(),
  /** The stage's success criteria in the same order, one for one. */
  successCriteria: z.array(CriterionSchema).max(10).optional(),
});

/** The texts of a framework in one other language, by id. */
export const FrameworkTranslationSchema = z.strictObject({
  name: TitleSchema.optional(),
  description: DescriptionSchema.optional(),
  competencies: z.record(z.string(), TitledTranslationSchema).default({}),
  tracks: z.record(z.string(), TitledTranslationSchema).default({}),
  stages: z.record(z.string(), StageTranslationSchema).default({}),
  roles: z.record(z.string(), RoleTranslationSchema).default({}),
});

/** A translation file (or a document after `---` in the framework file): the same, saying which language. */
export const TranslationDocumentSchema = z.strictObject({
  language: FrameworkLanguageSchema,
  ...FrameworkTranslationSchema.shape,
});

const FrameworkShapeSchema = z.strictObject({
  version: z.literal(FRAMEWORK_FORMAT_VERSION, {
    error: `Must be ${FRAMEWORK_FORMAT_VERSION}: the version of the framework file format this Pathway reads`,
  }),
  /** The language the texts of this file are written in; translations fall back to it. */
  language: FrameworkLanguageSchema.default('en'),
  name: TitleSchema,
  description: DescriptionSchema.optional(),
  competencies: z.array(CompetencySchema).max(30).default([]),
  tracks: z.array(TrackSchema).min(1).max(20),
  stages: z.array(StageSchema).min(1).max(50),
  /** By language. Stored definitions from before translations have none: they read as untranslated. */
  translations: z.partialRecord(FrameworkLanguageSchema, FrameworkTranslationSchema).default({}),
});

/**
 * Just the fields the cross-reference checks read. Parsing them loosely (other fields may
 * be missing or wrong) lets the checks run even when the file has unrelated problems, so
 * an admin sees a missing description and a broken lattice reference from one upload.
 */
const ReferencesSchema = z.object({
  tracks: z.array(z.object({ key: z.string() })),
  competencies: z.array(z.object({ key: z.string() })).default([]),
  stages: z.array(
    z.object({
      key: z.string(),
      track: z.string(),
      order: z.number(),
      roles: z.array(
        z.object({
          key: z.string(),
          formerKeys: z.array(z.string()).default([]),
          competencies: z.array(z.object({ competency: z.string() })).default([]),
          signals: z.array(z.object({ key: z.string() })).default([]),
          lattice: z.array(z.string()).default([]),
          milestones: z
            .array(
              z.object({
                key: z.string(),
                signals: z.array(z.string()).default([]),
                start: z.unknown().optional(),
                alongside: z.string().optional(),
                from: z.array(z.string()).default([]),
              }),
            )
            .default([]),
        }),
      ),
    }),
  ),
});

type References = z.infer<typeof ReferencesSchema>;
type RefRole = References['stages'][number]['roles'][number];
type IssuePath = (string | number)[];
type Report = (path: IssuePath, message: string) => void;

export const FrameworkSchema = FrameworkShapeSchema.superRefine(
  (framework, ctx) => {
    // `framework` may be incomplete here (see `when`), so read it only through ReferencesSchema.
    const references = ReferencesSchema.safeParse(framework);
    if (!references.success) return; // a key or list has the wrong type: already reported above
    const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
    checkReferences(references.data, report);
  },
  // Zod skips refinements once a field has a type error or is missing; run anyway.
  { when: () => true },
);

export type Framework = z.infer<typeof FrameworkSchema>;
export type FrameworkInput = z.input<typeof FrameworkSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type Competency = z.infer<typeof CompetencySchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type RoleCompetency = z.infer<typeof RoleCompetencySchema>;
export type Signal = z.infer<typeof SignalSchema>;
export type MilestoneTemplate = z.infer<typeof MilestoneTemplateSchema>;
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type FrameworkTranslation = z.infer<typeof FrameworkTranslationSchema>;
export type RoleTranslation = z.infer<typeof RoleTranslationSchema>;
export type TranslationDocument = z.infer<typeof TranslationDocumentSchema>;

// ---------------------------------------------------------------------------
// Cross-reference checks. Each reports at the path of the offending node so the parser
// can point at its line.

function checkReferences(framework: References, report: Report): void {
  checkUniqueKeys(
    framework.tracks.map((t) => t.key),
    ['tracks'],
    'track',
    report,
  );
  checkUniqueKeys(
    framework.competencies.map((c) => c.key),
    ['competencies'],
    'competency',
    report,
  );
  checkUniqueKeys(
    framework.stages.map((s) => s.key),
    ['stages'],
    'stage',
    report,
  );
  checkStageTracks(framework, report);
  checkStageOrder(framework, report);
  checkRoleKeys(framework, report);
  checkRoleCount(framework, report);
  const roleKeys = new Set(framework.stages.flatMap((s) => s.roles.map((r) => r.key)));
  const competencyKeys = new Set(framework.competencies.map((c) => c.key));
  forEachRole(framework, (role, rolePath, stageIndex) => {
    checkRoleCompetencies(role, rolePath, competencyKeys, report);
    checkUniqueKeys(
      role.signals.map((s) => s.key),
      [...rolePath, 'signals'],
      'signal',
      report,
    );
    checkUniqueKeys(
      role.milestones.map((m) => m.key),
      [...rolePath, 'milestones'],
      'milestone template',
      report,
    );
    checkTemplateSignals(role, rolePath, report);
    checkTemplateTiming(role, rolePath, roleKeys, report);
    checkLattice(framework, role, rolePath, stageIndex, roleKeys, report);
  });
  checkGoalsHaveSignals(framework, roleKeys, report);
}

function forEachRole(framework: References, visit: (role: RefRole, path: IssuePath, stageIndex: number) => void): void {
  framework.stages.forEach((stage, s) => {
    for (const [r, role] of stage.roles.entries()) visit(role, ['stages', s, 'roles', r], s);
  });
}

/** Reports every repeat of a key at the repeat, naming where the key was first used. */
function checkUniqueKeys(keys: string[], listPath: IssuePath, what: string, report: Report): void {
  const firstIndex = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, i);
    else
      report(
        [...listPath, i, 'key'],
        `Duplicate ${what} key "${key}" (already used at ${formatPath([...listPath, first])})`,
      );
  });
}

function checkStageTracks(framework: References, report: Report): void {
  const trackKeys = new Set(framework.tracks.map((t) => t.key));
  framework.stages.forEach((stage, s) => {
    if (!trackKeys.has(stage.track)) {
      report(['stages', s, 'track'], `Unknown track "${stage.track}"; tracks are: ${[...trackKeys].join(', ')}`);
    }
  });
  framework.tracks.forEach((track, t) => {
    if (!framework.stages.some((stage) => stage.track === track.key)) {
      report(['tracks', t, 'key'], `Track "${track.key}" has no stages`);
    }
  });
}

/**
 * Within a track, stages must be numbered 1, 2, 3… and written in that order, so the
 * file reads top to bottom the way the ladder climbs and "next stage" is unambiguous.
 */
function checkStageOrder(framework: References, report: Report): void {
  const expectedNext = new Map<string, number>();
  framework.stages.forEach((stage, s) => {
    const expected = expectedNext.get(stage.track) ?? 1;
    if (stage.order !== expected) {
      report(
        ['stages', s, 'order'],
        `Stage "${stage.key}" has order ${stage.order}, expected ${expected}: stages of track "${stage.track}" must be numbered 1, 2, 3… in file order`,
      );
    }
    expectedNext.set(stage.track, Math.max(expected, stage.order) + 1);
  });
}

/** Role keys and former keys share one namespace: an old key must map to exactly one role. */
function checkRoleKeys(framework: References, report: Report): void {
  const owner = new Map<string, IssuePath>();
  const claim = (key: string, path: IssuePath, what: string): void => {
    const previous = owner.get(key);
    if (previous) report(path, `Duplicate role key "${key}" as ${what} (already used at ${formatPath(previous)})`);
    else owner.set(key, path);
  };
  forEachRole(framework, (role, rolePath) => claim(role.key, [...rolePath, 'key'], 'key'));
  forEachRole(framework, (role, rolePath) => {
    for (const [i, formerKey] of role.formerKeys.entries())
      claim(formerKey, [...rolePath, 'formerKeys', i], 'former key');
  });
}

function checkRoleCount(framework: References, report: Report): void {
  const count = framework.stages.reduce((sum, stage) => sum + stage.roles.length, 0);
  if (count > MAX_ROLES)
    report(['stages'], `Too many roles: ${count}, at most ${MAX_ROLES} (one Slack select lists them all)`);
}

function checkRoleCompetencies(role: RefRole, rolePath: IssuePath, competencyKeys: Set<string>, report: Report): void {
  const seen = new Set<string>();
  role.competencies.forEach((entry, i) => {
    const path = [...rolePath, 'competencies', i, 'competency'];
    if (!competencyKeys.has(entry.competency)) {
      report(path, `Unknown competency "${entry.competency}"; declare it under competencies`);
    } else if (seen.has(entry.competency)) {
      report(path, `Competency "${entry.competency}" is described twice for role "${role.key}"`);
    }
    seen.add(entry.competency);
  });
}

/** A template may only claim to build signals of its own role: those are the ones rated. */
function checkTemplateSignals(role: RefRole, rolePath: IssuePath, report: Report): void {
  const signalKeys = new Set(role.signals.map((s) => s.key));
  role.milestones.forEach((template, m) => {
    template.signals.forEach((signalKey, i) => {
      if (!signalKeys.has(signalKey)) {
        report(
          [...rolePath, 'milestones', m, 'signals', i],
          `Unknown signal "${signalKey}"; role "${role.key}" has signals: ${[...signalKeys].join(', ') || '(none)'}`,
        );
      }
    });
  });
}

/**
 * `alongside` names another template of the same role, never itself, and does not loop;
 * `start` and `alongside` do not both say when it starts; `from` names existing roles.
 */
function checkTemplateTiming(role: RefRole, rolePath: IssuePath, roleKeys: Set<string>, report: Report): void {
  const byKey = new Map(role.milestones.map((template) => [template.key, template]));
  role.milestones.forEach((template, m) => {
    const path = [...rolePath, 'milestones', m];
    if (template.alongside !== undefined) {
      if (template.start !== undefined) report([...path, 'alongside'], 'Give either start or alongside, not both');
      if (template.alongside === template.key)
        report([...path, 'alongside'], `Template "${template.key}" cannot run alongside itself`);
      else if (!byKey.has(template.alongside)) {
        report(
          [...path, 'alongside'],
          `Unknown template "${template.alongside}"; role "${role.key}" has templates: ${[...byKey.keys()].join(', ')}`,
        );
      } else {
        const seen = new Set([template.key]);
        let next = byKey.get(template.alongside);
        while (next?.alongside !== undefined && !seen.has(next.key)) {
          seen.add(next.key);
          next = byKey.get(next.alongside);
        }
        if (next && seen.has(next.key))
          report([...path, 'alongside'], `Templates run alongside each other in a loop (${[...seen].join(' → ')})`);
      }
    }
    template.from.forEach((key, i) => {
      if (!roleKeys.has(key)) report([...path, 'from', i], `Unknown role "${key}" in from`);
    });
  });
}

function checkLattice(
  framework: References,
  role: RefRole,
  rolePath: IssuePath,
  stageIndex: number,
  roleKeys: Set<string>,
  report: Report,
): void {
  const ladderTargets = new Set(nextStageRoleKeys(framework, stageIndex));
  const seen = new Set<string>();
  role.lattice.forEach((target, i) => {
    const path = [...rolePath, 'lattice', i];
    if (!roleKeys.has(target)) report(path, `Unknown role "${target}" in lattice of "${role.key}"`);
    else if (target === role.key) report(path, `Role "${role.key}" lists itself as a lattice move`);
    else if (seen.has(target)) report(path, `Lattice move to "${target}" is listed twice`);
    else if (ladderTargets.has(target)) {
      report(
        path,
        `"${target}" is already a ladder move from "${role.key}" (next stage of the same track); remove it from lattice`,
      );
    }
    seen.add(target);
  });
}

/** Role keys of the stage after `stageIndex` in the same track (the ladder targets). */
function nextStageRoleKeys(framework: References, stageIndex: number): string[] {
  const stage = framework.stages[stageIndex];
  if (!stage) return [];
  const next = framework.stages.find((s) => s.track === stage.track && s.order === stage.order + 1);
  return next ? next.roles.map((r) => r.key) : [];
}

/** A role someone can aim at must have signals, or their check-ins would be empty. */
function checkGoalsHaveSignals(framework: References, roleKeys: Set<string>, report: Report): void {
  const goalKeys = new Set<string>();
  framework.stages.forEach((stage, s) => {
    for (const key of nextStageRoleKeys(framework, s)) goalKeys.add(key);
    for (const role of stage.roles) {
      // A self-reference is reported by checkLattice; it does not make the role a goal.
      for (const key of role.lattice) if (roleKeys.has(key) && key !== role.key) goalKeys.add(key);
    }
  });
  forEachRole(framework, (role, rolePath) => {
    if (goalKeys.has(role.key) && role.signals.length === 0) {
      report([...rolePath, 'signals'], `Role "${role.key}" can be chosen as a goal but lists no readiness signals`);
    }
  });
}

/** `['stages', 2, 'roles', 0, 'title']` → `stages[2].roles[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
