import { expectValidView } from '@pathway/fake-slack';
import { describe, expect, it } from 'vitest';
import { frameworkChangeNotice, frameworkLoadedView } from '../../src/blocks/framework-admin.js';
import { parseFramework } from '../../src/domain/framework/parse.js';
import { findRole } from '../../src/domain/framework/queries.js';
import { loadFramework } from '../../src/services/framework-admin.js';
import { activeFramework, frameworkFor } from '../../src/services/frameworks.js';
import { ensureMember } from '../../src/services/people.js';
import { useTestDatabase } from '../support/db.js';
import { DEFAULT_SOURCE } from '../support/framework-variants.js';

describe('framework translations in the database', () => {
  const db = useTestDatabase();

  it('installs the default with its translations in the stored source, and reads it per language', async () => {
    const { workspace } = await ensureMember(db().prisma, { teamId: 'T0LANG', userId: 'U0ANA' });
    const row = await db().prisma.frameworkVersion.findUniqueOrThrow({ where: { id: workspace.activeFrameworkId! } });
    // The stored source alone rebuilds the stored definition, translations included.
    const reparsed = parseFramework(row.source);
    expect(reparsed.ok && reparsed.warnings).toEqual([]);
    expect(reparsed.ok && JSON.parse(JSON.stringify(reparsed.framework))).toEqual(row.definition);

    const spanish = await frameworkFor(db().prisma, row.id, 'es');
    expect(findRole(spanish, 'ld-manager')?.title).toBe('Responsable de L&D');
    expect(await frameworkFor(db().prisma, row.id, 'es')).toBe(spanish);
    expect(findRole((await activeFramework(db().prisma, workspace.id, 'de')).framework, 'ld-manager')?.title).toBe(
      'L&D-Manager/in',
    );
    expect(findRole(await frameworkFor(db().prisma, row.id), 'ld-manager')?.title).toBe('L&D Manager');
  });

  it('loads an upload with an incomplete translation, and the admin sees the warnings with their lines', async () => {
    const { workspace } = await ensureMember(db().prisma, { teamId: 'T0LANG2', userId: 'U0ADMIN' });
    const source = `${DEFAULT_SOURCE.replace('name: Learning & Development', 'name: Learning & Development (ours)')}\n---\nlanguage: es\nname: Aprendizaje y Desarrollo\n`;
    const result = await loadFramework(db().prisma, {
      workspaceId: workspace.id,
      source,
      fileName: 'ours.yaml',
      actorSlackUserId: 'U0ADMIN',
      loadedBy: 'U0ADMIN',
      now: new Date('2027-01-11T10:00:00Z'),
      notice: frameworkChangeNotice,
    });
    if (!result.ok) throw new Error(`not loaded: ${JSON.stringify(result)}`);
    const firstLine = DEFAULT_SOURCE.split('\n').findIndex((line) => line.startsWith('description:')) + 1;
    expect(result.warnings?.[0]).toEqual({
      file: 'ours.yaml',
      path: 'description',
      line: firstLine,
      message: 'Missing es translation: readers in es see the en text',
    });
    expect(result.warnings?.length).toBeGreaterThan(300);

    const view = frameworkLoadedView(result);
    expectValidView(view);
    const shown = JSON.stringify(view);
    expect(shown).toContain(
      `:warning: • ours.yaml line ${firstLine} description: Missing es translation: readers in es see the en text`,
    );
    expect(shown).toMatch(/…and \d+ more warnings\./);
    // What was translated is used at once.
    expect((await activeFramework(db().prisma, workspace.id, 'es')).framework.name).toBe('Aprendizaje y Desarrollo');
  });
});
