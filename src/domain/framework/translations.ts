/**
 * A framework's texts in the reader's language, and what its translations leave out.
 *
 * The framework keeps its own texts in its own language (`language`, English unless
 * it says otherwise) and, beside them, a translation per other language keyed by ids
 * (schema.ts). Reading it in a language swaps in what that translation has and keeps
 * the framework's own text for the rest, so a half-done translation is usable.
 */
import type { Language } from '../language.js';
import type { Framework, FrameworkTranslation, Role, RoleTranslation, Stage } from './schema.js';

type PathSegment = string | number;

/**
 * The framework with its texts in `language`, falling back text by text to the
 * framework's own language. Keys, order and everything else are unchanged, so the
 * result answers every query (queries.ts) the same way. The same object comes back
 * when there is nothing to translate.
 */
export function localizeFramework(framework: Framework, language: Language): Framework {
  if (language === framework.language) return framework;
  const translation = framework.translations[language];
  if (!translation) return framework;
  return {
    ...framework,
    name: translation.name ?? framework.name,
    description: translation.description ?? framework.description,
    competencies: framework.competencies.map((competency) => {
      const texts = translation.competencies[competency.key];
      return {
        ...competency,
        title: texts?.title ?? competency.title,
        description: texts?.description ?? competency.description,
      };
    }),
    tracks: framework.tracks.map((track) => {
      const texts = translation.tracks[track.key];
      return { ...track, title: texts?.title ?? track.title, description: texts?.description ?? track.description };
    }),
    stages: framework.stages.map((stage) => localizeStage(stage, translation)),
  };
}

function localizeStage(stage: Stage, translation: FrameworkTranslation): Stage {
  const texts = translation.stages[stage.key];
  const criteria = texts?.successCriteria;
  return {
    ...stage,
    title: texts?.title ?? stage.title,
    focus: texts?.focus ?? stage.focus,
    // One for one by position; a list of another length is reported and not used.
    successCriteria: criteria && criteria.length === stage.successCriteria.length ? criteria : stage.successCriteria,
    roles: stage.roles.map((role) => localizeRole(role, translation.roles[role.key])),
  };
}

function localizeRole(role: Role, texts: RoleTranslation | undefined): Role {
  if (!texts) return role;
  return {
    ...role,
    title: texts.title ?? role.title,
    alternativeTitles: texts.alternativeTitles ?? role.alternativeTitles,
    focus: texts.focus ?? role.focus,
    competencies: role.competencies.map((entry) => ({
      ...entry,
      description: texts.competencies[entry.competency] ?? entry.description,
    })),
    signals: role.signals.map((signal) => {
      const signalTexts = texts.signals[signal.key];
      return {
        ...signal,
        title: signalTexts?.title ?? signal.title,
        description: signalTexts?.description ?? signal.description,
      };
    }),
    milestones: role.milestones.map((template) => {
      const templateTexts = texts.milestones[template.key];
      return {
        ...template,
        title: templateTexts?.title ?? template.title,
        description: templateTexts?.description ?? template.description,
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// Completeness: what the parser warns about.

export interface MissingTranslation {
  language: Language;
  /** Path of the untranslated text in the framework (and so in its file). */
  path: PathSegment[];
  message: string;
}

export interface UnusedTranslation {
  language: Language;
  /** Path inside that language's translation. */
  path: PathSegment[];
  message: string;
}

export interface TranslationGaps {
  missing: MissingTranslation[];
  unused: UnusedTranslation[];
}

/** For every language the framework is translated into: texts it lacks, and entries that name nothing. */
export function translationGaps(framework: Framework): TranslationGaps {
  const gaps: TranslationGaps = { missing: [], unused: [] };
  for (const [language, translation] of languageEntries(framework)) {
    if (language === framework.language) continue;
    collectMissing(framework, language, translation, gaps.missing);
    collectUnused(framework, language, translation, gaps.unused);
  }
  return gaps;
}

function languageEntries(framework: Framework): Array<[Language, FrameworkTranslation]> {
  return (Object.keys(framework.translations) as Language[]).flatMap((language) => {
    const translation = framework.translations[language];
    return translation ? [[language, translation]] : [];
  });
}

function collectMissing(
  framework: Framework,
  language: Language,
  translation: FrameworkTranslation,
  out: MissingTranslation[],
): void {
  const missing = (path: PathSegment[], present: boolean): void => {
    if (!present)
      out.push({
        language,
        path,
        message: `Missing ${language} translation: readers in ${language} see the ${framework.language} text`,
      });
  };
  missing(['name'], translation.name !== undefined);
  if (framework.description !== undefined) missing(['description'], translation.description !== undefined);
  framework.competencies.forEach((competency, c) => {
    const texts = translation.competencies[competency.key];
    missing(['competencies', c, 'title'], texts?.title !== undefined);
    missing(['competencies', c, 'description'], texts?.description !== undefined);
  });
  framework.tracks.forEach((track, t) => {
    const texts = translation.tracks[track.key];
    missing(['tracks', t, 'title'], texts?.title !== undefined);
    if (track.description !== undefined) missing(['tracks', t, 'description'], texts?.description !== undefined);
  });
  framework.stages.forEach((stage, s) => {
    const texts = translation.stages[stage.key];
    missing(['stages', s, 'title'], texts?.title !== undefined);
    missing(['stages', s, 'focus'], texts?.focus !== undefined);
    if (stage.successCriteria.length > 0) {
      const criteria = texts?.successCriteria;
      if (criteria !== undefined && criteria.length !== stage.successCriteria.length) {
        out.push({
          language,
          path: ['stages', s, 'successCriteria'],
          message: `The ${language} translation lists ${criteria.length} success criteria, this stage ${stage.successCriteria.length}: they are matched one for one, so the ${framework.language} ones are shown`,
        });
      } else missing(['stages', s, 'successCriteria'], criteria !== undefined);
    }
    stage.roles.forEach((role, r) => {
      collectMissingOfRole(role, translation.roles[role.key], ['stages', s, 'roles', r], missing);
    });
  });
}

function collectMissingOfRole(
  role: Role,
  texts: RoleTranslation | undefined,
  rolePath: PathSegment[],
  missing: (path: PathSegment[], present: boolean) => void,
): void {
  missing([...rolePath, 'title'], texts?.title !== undefined);
  if (role.alternativeTitles.length > 0)
    missing([...rolePath, 'alternativeTitles'], texts?.alternativeTitles !== undefined);
  missing([...rolePath, 'focus'], texts?.focus !== undefined);
  role.competencies.forEach((entry, c) => {
    missing([...rolePath, 'competencies', c, 'description'], texts?.competencies[entry.competency] !== undefined);
  });
  role.signals.forEach((signal, i) => {
    const signalTexts = texts?.signals[signal.key];
    missing([...rolePath, 'signals', i, 'title'], signalTexts?.title !== undefined);
    missing([...rolePath, 'signals', i, 'description'], signalTexts?.description !== undefined);
  });
  role.milestones.forEach((template, m) => {
    const templateTexts = texts?.milestones[template.key];
    missing([...rolePath, 'milestones', m, 'title'], templateTexts?.title !== undefined);
    if (template.description !== undefined)
      missing([...rolePath, 'milestones', m, 'description'], templateTexts?.description !== undefined);
  });
}

/** Ids a translation names that the framework does not have: typos, or translations of removed parts. */
function collectUnused(
  framework: Framework,
  language: Language,
  translation: FrameworkTranslation,
  out: UnusedTranslation[],
): void {
  const unknown = (path: PathSegment[], what: string, known: Iterable<string>, where = 'the framework'): void => {
    const key = String(path[path.length - 1]);
    const names = [...known].join(', ') || '(none)';
    out.push({
      language,
      path,
      message: `No ${what} "${key}" in ${where}, so this translation is not used; known: ${names}`,
    });
  };
  const check = (section: string, keys: string[], what: string, known: Set<string>): void => {
    for (const key of keys) if (!known.has(key)) unknown([section, key], what, known);
  };
  check(
    'competencies',
    Object.keys(translation.competencies),
    'competency',
    new Set(framework.competencies.map((c) => c.key)),
  );
  check('tracks', Object.keys(translation.tracks), 'track', new Set(framework.tracks.map((t) => t.key)));
  check('stages', Object.keys(translation.stages), 'stage', new Set(framework.stages.map((s) => s.key)));
  const roles = new Map(framework.stages.flatMap((stage) => stage.roles.map((role) => [role.key, role] as const)));
  for (const [roleKey, texts] of Object.entries(translation.roles)) {
    const role = roles.get(roleKey);
    if (!role) {
      unknown(['roles', roleKey], 'role', roles.keys());
      continue;
    }
    const within = (section: 'competencies' | 'signals' | 'milestones', what: string, known: string[]): void => {
      const knownSet = new Set(known);
      for (const key of Object.keys(texts[section])) {
        if (!knownSet.has(key)) unknown(['roles', roleKey, section, key], what, knownSet, `role "${roleKey}"`);
      }
    };
    within(
      'competencies',
      'competency',
      role.competencies.map((entry) => entry.competency),
    );
    within(
      'signals',
      'signal',
      role.signals.map((signal) => signal.key),
    );
    within(
      'milestones',
      'milestone template',
      role.milestones.map((template) => template.key),
    );
  }
}
