import { fileURLToPath } from 'node:url'
import type { NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import type { DatabaseHandle } from './client.js'
import type * as schema from './schema/index.js'

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url))
/** Advisory lock key that serialises migrations when several API instances start at once. */
const MIGRATION_LOCK_KEY = 724_001

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.withAdvisoryLock(MIGRATION_LOCK_KEY, async (db) => {
    if (handle.kind === 'postgres')
      await migrateNodePg(db as NodePgDatabase<typeof schema>, { migrationsFolder: MIGRATIONS_FOLDER })
    else await migratePglite(db as PgliteDatabase<typeof schema>, { migrationsFolder: MIGRATIONS_FOLDER })
  })
}
