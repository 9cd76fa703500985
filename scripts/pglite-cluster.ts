/**
 * npm run db:pglite-cluster   write prisma/pglite/cluster-<PGlite version>.tar.gz, the empty
 *                             cluster a new embedded database starts from (run after upgrading PGlite)
 */
import { writeEmptyCluster } from '../src/db/pglite-cluster.js';

console.log(`Wrote ${await writeEmptyCluster()}`);
