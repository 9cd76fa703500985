/** DATABASE_URL's `?schema=` may hold a space: the search_path must be quoted for PostgreSQL's startup options. */
import { describe, expect, it } from 'vitest';
import { openPostgresTestDatabase, postgresReachable, uniqueSchemaName } from '../support/db.js';

describe.skipIf(!(await postgresReachable()))('a schema name with a space', () => {
  it('migrates and serves queries in that schema', async () => {
    const test = await openPostgresTestDatabase(uniqueSchemaName('with space'));
    try {
      const [row] = await test.db.prisma.$queryRaw<Array<{ schema: string }>>`SELECT current_schema() AS schema`;
      expect(row?.schema).toBe(test.schema);
      expect(await test.db.prisma.workspace.count()).toBe(0);
    } finally {
      await test.drop();
    }
  });
});
