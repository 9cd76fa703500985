import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblems, parseFramework } from '../../src/domain/framework/parse.js';
import {
  allowedGoals,
  milestoneTemplatesFor,
  rolesInStageOrder,
  signalsFor,
} from '../../src/domain/framework/queries.js';
import { type Framework, MAX_TITLE_LENGTH } from '../../src/domain/framework/schema.js';
import { localizeFramework } from '../../src/domain/framework/translations.js';
import {
  DEFAULT_FRAMEWORK_FILE,
  findFrameworksDir,
  frameworksDir,
  loadDefaultFramework,
  loadFrameworkFile,
} from '../../src/services/framework-files.js';
import { GOALS_FROM_INSTRUCTIONAL_DESIGNER } from '../support/ladder.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function loadShipped(file: string): Promise<Framework> {
  const result = await loadFrameworkFile(file);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.framework;
}

describe('shipped frameworks', () => {
  it('every file in frameworks/ parses, with its translations', async () => {
    const yamlFiles = (await readdir(frameworksDir())).filter((f) => f.endsWith('.yaml')).sort();
    const translations = yamlFiles.filter((f) => /\.[a-z]{2}\.yaml$/.test(f));
    const files = yamlFiles.filter((f) => !translations.includes(f));
    expect(files).toEqual(['learning-and-development.yaml', 'software-engineering.yaml']);
    expect(translations).toEqual([
      'learning-and-development.de.yaml',
      'learning-and-development.es.yaml',
      'software-engineering.de.yaml',
      'software-engineering.es.yaml',
    ]);
    for (const file of files) {
      const result = await loadFrameworkFile(file);
      expect(result.ok ? 'ok' : formatProblems(result.problems), file).toBe('ok');
    }
  });

  it.each(['learning-and-development.yaml', 'software-engineering.yaml'])(
    '%s is translated completely into Spanish and German',
    async (file) => {
      const result = await loadFrameworkFile(file);
      if (!result.ok) throw new Error(formatProblems(result.problems));
      expect(Object.keys(result.framework.translations).sort()).toEqual(['de', 'es']);
      // A warning is a text left in English (or a translation of nothing): none in what ships.
      expect(formatProblems(result.warnings)).toBe('');
    },
  );

  it('the default reads in Spanish and German, with the same keys', async () => {
    const framework = await loadDefaultFramework();
    const spanish = localizeFramework(framework, 'es');
    const german = localizeFramework(framework, 'de');
    expect(spanish.name).toBe('Aprendizaje y Desarrollo');
    expect(german.name).toBe('Lernen & Entwicklung');
    const keys = (f: Framework) =>
      rolesInStageOrder(f).map((role) => [role.key, role.signals.map((s) => s.key), role.milestones.map((m) => m.key)]);
    expect(keys(spanish)).toEqual(keys(framework));
    expect(keys(german)).toEqual(keys(framework));
    // Every text differs from English except names the languages share (Instructional Designer, Staff Engineer…).
    const titles = (f: Framework) =>
      rolesInStageOrder(f).flatMap((role) => [
        role.title,
        ...role.signals.map((s) => s.title),
        ...role.milestones.map((m) => m.title),
      ]);
    const english = titles(framework);
    const unchanged = (f: Framework) => titles(f).filter((title, i) => title === english[i]);
    expect(unchanged(spanish)).toEqual([]);
    expect(unchanged(german)).toEqual([
      'Junior Instructional Designer',
      'Instructional Designer',
      'Senior Instructional Designer',
      'Performance Consultant',
      'Enablement Lead',
    ]);
    expect(signalsFor(spanish, 'instructional-designer')[0]?.title).toBe('Cumple de forma fiable');
    expect(signalsFor(german, 'instructional-designer')[0]?.title).toBe('Liefert verlässlich');
  });

  it('the default is the Learning & Development framework', async () => {
    const framework = await loadDefaultFramework();
    expect(framework.name).toBe('Learning & Development');
    expect(framework.version).toBe(1);
    expect(framework.competencies.map((c) => c.key)).toEqual([
      'craft',
      'consulting',
      'business-acumen',
      'leadership-communication',
      'financial-literacy',
      'systems-thinking',
      'data',
    ]);
  });

  it('the L&D ladder has the junior stage of seed 001 and the four stages of seed 000, in order', async () => {
    const framework = await loadDefaultFramework();
    const ladder = framework.stages.filter((s) => s.track === 'learning-and-development');
    expect(ladder.map((s) => [s.order, s.roles.map((r) => r.key)])).toEqual([
      [1, ['junior-instructional-designer', 'learning-coordinator', 'ld-specialist', 'training-administrator']],
      [2, ['instructional-designer']],
      [3, ['senior-instructional-designer', 'learning-consultant']],
      [4, ['learning-strategist', 'ld-manager']],
      [5, ['strategic-learning-leader']],
    ]);
    const leader = ladder[4]?.roles[0];
    expect(leader?.alternativeTitles).toEqual([
      'Head of Learning',
      'Director of Learning & Development',
      'Chief Learning Officer',
    ]);
    // Every stage of the ladder carries the seeds' own success criteria.
    for (const stage of ladder) expect(stage.successCriteria.length, stage.key).toBe(4);
    expect(ladder[0]?.successCriteria).toContain('Responsiveness to feedback and revision cycles');
    expect(ladder[3]?.successCriteria).toContain('Measuring impact and making trade-off decisions');
  });

  it('every title seed 001 names is a role or a named alias, at its stage', async () => {
    const framework = await loadDefaultFramework();
    const whereIs = (title: string): string | undefined => {
      for (const stage of framework.stages) {
        for (const role of stage.roles)
          if (role.title === title || role.alternativeTitles.includes(title)) return `${stage.track}:${stage.order}`;
      }
      return undefined;
    };
    for (const title of [
      'Junior Instructional Designer',
      'Learning Coordinator',
      'L&D Specialist',
      'Training Administrator',
    ]) {
      expect(whereIs(title), title).toBe('learning-and-development:1');
    }
    // Seed 001's mid-level and senior stage spans seed 000's stages 1 and 2.
    expect(whereIs('Instructional Designer')).toBe('learning-and-development:2');
    for (const title of ['Senior Instructional Designer', 'Learning Experience Designer', 'Learning Consultant']) {
      expect(whereIs(title), title).toBe('learning-and-development:3');
    }
    // Seed 001's strategic stage spans seed 000's stages 3 and 4.
    for (const title of ['Learning Strategist', 'L&D Manager', 'Learning Program Lead'])
      expect(whereIs(title), title).toBe('learning-and-development:4');
    expect(whereIs('Head of Learning')).toBe('learning-and-development:5');
    for (const title of [
      'Learning Technologist',
      'Multimedia Developer',
      'Assessment Writer',
      'LMS Administrator',
      'Faculty Trainer',
    ]) {
      expect(whereIs(title), title).toBe('adjacent-paths:1');
    }
  });

  it('a junior can plan the step into Instructional Designer, and sideways into the adjacent roles', async () => {
    const framework = await loadDefaultFramework();
    for (const junior of [
      'junior-instructional-designer',
      'learning-coordinator',
      'ld-specialist',
      'training-administrator',
    ]) {
      const goals = allowedGoals(framework, junior);
      expect(goals[0], junior).toMatchObject({ kind: 'ladder', role: { key: 'instructional-designer' } });
      expect(
        goals
          .slice(1)
          .every(
            (g) =>
              g.kind === 'lattice' &&
              framework.stages.some((s) => s.track === 'adjacent-paths' && s.roles.includes(g.role)),
          ),
        junior,
      ).toBe(true);
    }
    expect(allowedGoals(framework, 'instructional-designer').map((g) => `${g.kind}:${g.role.key}`)).toEqual(
      GOALS_FROM_INSTRUCTIONAL_DESIGNER,
    );
  });

  it('every ladder goal carries the four readiness signals of the seeds', async () => {
    const framework = await loadDefaultFramework();
    const ladderGoals = [
      'instructional-designer',
      'senior-instructional-designer',
      'learning-consultant',
      'learning-strategist',
      'ld-manager',
      'strategic-learning-leader',
    ];
    for (const goal of ladderGoals) {
      const keys = signalsFor(framework, goal).map((s) => s.key);
      expect(keys, goal).toEqual(
        expect.arrayContaining([
          'impact-beyond-role',
          'non-learning-stakeholders',
          'systems-thinking',
          'owns-outcomes',
        ]),
      );
      expect(keys.length, `${goal} also has stage-specific signals`).toBeGreaterThan(4);
    }
  });

  it('every reachable goal offers the leadership-transition steps as templates', async () => {
    const framework = await loadDefaultFramework();
    const goals = new Set(
      rolesInStageOrder(framework).flatMap((r) => allowedGoals(framework, r.key).map((g) => g.role.key)),
    );
    expect(goals.size).toBe(13);
    for (const goal of goals) {
      const templates = milestoneTemplatesFor(framework, goal);
      const keys = templates.map((t) => t.key);
      expect(keys[0], goal).toBe('assess-competencies');
      expect(keys[1], goal).toBe('voice-intent');
      expect(keys, goal).toContain('seek-mentorship');
      expect(keys.at(-1), goal).toBe('apply');
      expect(
        templates.some((t) => t.kind === 'project'),
        `${goal} has a project`,
      ).toBe(true);
      expect(
        templates.some((t) => t.kind === 'course' || t.kind === 'certification'),
        `${goal} develops skills`,
      ).toBe(true);
      // Templates that build nothing are only the framing steps.
      const signalKeys = new Set(signalsFor(framework, goal).map((s) => s.key));
      for (const template of templates) for (const key of template.signals) expect(signalKeys.has(key)).toBe(true);
    }
  });

  it('the manager path names the skills the seeds single out', async () => {
    const framework = await loadDefaultFramework();
    const titles = milestoneTemplatesFor(framework, 'ld-manager').map((t) => t.title);
    expect(titles).toContain('Course: budgeting and financial literacy for managers');
    const leader = milestoneTemplatesFor(framework, 'strategic-learning-leader').map((t) => t.title);
    expect(leader).toContain('Course: executive communication');
    const strategist = milestoneTemplatesFor(framework, 'learning-strategist').map((t) => t.title);
    expect(strategist).toContain('Course: business acumen (targeted coursework or MBA modules)');
  });

  it('titles fit Slack buttons in both shipped frameworks', async () => {
    for (const file of [DEFAULT_FRAMEWORK_FILE, 'software-engineering.yaml']) {
      const framework = await loadShipped(file);
      const titles = framework.stages.flatMap((s) => [
        s.title,
        ...s.roles.flatMap((r) => [
          r.title,
          ...r.alternativeTitles,
          ...r.signals.map((x) => x.title),
          ...r.milestones.map((m) => m.title),
        ]),
      ]);
      for (const title of titles) expect(title.length, title).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
  });

  it('the software engineering example is general: ladder plus a lattice into management', async () => {
    const framework = await loadShipped('software-engineering.yaml');
    expect(allowedGoals(framework, 'senior-engineer').map((g) => `${g.kind}:${g.role.key}`)).toEqual([
      'ladder:staff-engineer',
      'lattice:engineering-manager',
    ]);
    expect(allowedGoals(framework, 'engineering-manager').map((g) => `${g.kind}:${g.role.key}`)).toEqual([
      'lattice:staff-engineer',
    ]);
    expect(allowedGoals(framework, 'senior-software-engineer').map((g) => g.role.key)).toEqual([
      'staff-engineer',
      'engineering-manager',
    ]);
  });
});

describe('loading files', () => {
  it('finds frameworks/ from src/ (tsx) and from dist/src/ (compiled)', () => {
    const expected = join(packageRoot, 'frameworks');
    expect(frameworksDir()).toBe(expected);
    expect(findFrameworksDir(join(packageRoot, 'src', 'services'))).toBe(expected);
    expect(findFrameworksDir(join(packageRoot, 'dist', 'src', 'services'))).toBe(expected);
    expect(existsSync(expected)).toBe(true);
  });

  it('fails clearly when there is no frameworks/ folder above', () => {
    expect(() => findFrameworksDir('/')).toThrow(/No frameworks\/ folder/);
  });

  it('reads an absolute path as is and names the file in problems', async () => {
    const absolute = join(frameworksDir(), 'software-engineering.yaml');
    const result = await loadFrameworkFile(absolute);
    expect(result.ok).toBe(true);
    const text = await readFile(absolute, 'utf8');
    const broken = parseFramework(text.replace('weeks: 8', 'weeks: 800'), absolute);
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(formatProblems(broken.problems)).toMatch(
      new RegExp(
        `^${absolute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line \\d+ stages\\[1\\]\\.roles\\[0\\]\\.milestones\\[0\\]\\.weeks: Too large: number 800, at most 104$`,
      ),
    );
  });

  it('rejects a missing file', async () => {
    await expect(loadFrameworkFile('no-such-framework.yaml')).rejects.toThrow(/ENOENT/);
  });
});
