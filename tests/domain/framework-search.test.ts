import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/domain/framework/schema.js';
import { searchRoles } from '../../src/domain/framework/search.js';
import { loadDefaultFramework } from '../../src/services/framework-files.js';

let ld: Framework;
beforeAll(async () => {
  ld = await loadDefaultFramework();
});

function keysOf(query: string): string[] | string {
  const result = searchRoles(ld, query);
  if (result.kind === 'one') return result.role.key;
  if (result.kind === 'several') return result.roles.map((role) => role.key);
  return `none:${result.suggestion?.key ?? ''}`;
}

describe('searchRoles', () => {
  it('finds a role by key, by key typed with spaces, and by title in any case', () => {
    expect(keysOf('ld-manager')).toBe('ld-manager');
    expect(keysOf('  Senior Instructional Designer ')).toBe('senior-instructional-designer');
    expect(keysOf('senior instructional designer')).toBe('senior-instructional-designer');
  });

  it('finds a role by an alternative title', () => {
    expect(keysOf('learning experience designer')).toBe('senior-instructional-designer');
  });

  it('finds a role from the start of a few of its words', () => {
    expect(keysOf('senior instr')).toBe('senior-instructional-designer');
    expect(keysOf('strateg leader')).toBe('strategic-learning-leader');
  });

  it('lists every role matching a broad word, in stage order', () => {
    const result = keysOf('consultant');
    expect(result).toEqual(['learning-consultant', 'performance-consultant']);
  });

  it('suggests the closest role for a typo, and nothing for unrelated words', () => {
    expect(keysOf('instructonal desinger')).toBe('none:instructional-designer');
    expect(keysOf('astronaut')).toBe('none:');
  });
});
