import { randomBytes } from 'node:crypto'
import pg from 'pg'
import pino from 'pino'
import { inject } from 'vitest'
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL

export interface TestDatabase {
  /** postgres:// URL of this file's own database, or undefined on embedded PGlite. */
  url: string | undefined
  open(poolSize?: number): DatabaseHandle
  drop(): Promise<void>
}

const silent = pino({ level: 'silent' })

/**
 * A fresh, migrated database for one test file: its own PostgreSQL database on TEST_DATABASE_URL (a copy of
 * the run's migrated template, see template-database.ts), otherwise an in-memory PGlite.
 */
export async function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const handle = openDatabase({ dataDir: 'memory://', poolSize: 1, log: silent })
    if (migrated) await migrateDatabase(handle)
    return { url: undefined, open: () => handle, drop: async () => undefined }
  }
  const name = `onestop_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const template = migrated ? inject('templateDatabase') : undefined
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await admin.connect()
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`)
  await admin.end()
  const url = new URL(TEST_DATABASE_URL)
  url.pathname = `/${name}`
  const open = (poolSize = 10) => openDatabase({ url: url.toString(), dataDir: '', poolSize, log: silent })
  if (migrated && !template) {
    const migrator = open(1)
    await migrateDatabase(migrator)
    await migrator.close()
  }
  return {
    url: url.toString(),
    open,
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}
