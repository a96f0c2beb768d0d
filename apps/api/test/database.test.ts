import { sql } from 'drizzle-orm'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import journal from '../drizzle/meta/_journal.json' with { type: 'json' }
import { migrateDatabase } from '../src/db/migrate.js'
import { startTestApp } from './support/app.js'
import { createTestDatabase, TEST_DATABASE_URL } from './support/database.js'
import { queryRows } from './support/sql.js'

const onPostgres = describe.runIf(Boolean(TEST_DATABASE_URL))

onPostgres('migrations on PostgreSQL', () => {
  it('run once when several API instances start at the same time', async () => {
    const testDatabase = await createTestDatabase({ migrated: false })
    const handles = Array.from({ length: 4 }, () => testDatabase.open(2))
    try {
      await Promise.all(handles.map((handle) => migrateDatabase(handle)))
      const [handle] = handles
      if (!handle) throw new Error('no handle')
      const applied = await queryRows(
        handle.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      )
      expect(applied[0]).toEqual({ n: journal.entries.length })
      const extension = await queryRows(
        handle.db,
        sql`select extname from pg_extension where extname = 'btree_gist'`,
      )
      expect(extension).toHaveLength(1)
    } finally {
      await Promise.all(handles.map((h) => h.close()))
      await testDatabase.drop()
    }
  })
})

onPostgres('the connection pool', () => {
  it('sets statement and idle-in-transaction timeouts on every connection', async () => {
    const t = await startTestApp()
    try {
      const statement = await queryRows(t.db, sql`show statement_timeout`)
      const idle = await queryRows(t.db, sql`show idle_in_transaction_session_timeout`)
      expect(statement[0]).toEqual({ statement_timeout: '30s' })
      expect(idle[0]).toEqual({ idle_in_transaction_session_timeout: '1min' })
    } finally {
      await t.close()
    }
  })

  it('survives the database dropping its connections, and answers again', async () => {
    const t = await startTestApp()
    try {
      expect((await t.http().get('/api/health')).status).toBe(200)
      const killer = new pg.Client({ connectionString: t.testDatabase.url })
      await killer.connect()
      const killed = await killer.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      )
      await killer.end()
      expect(killed.rowCount).toBeGreaterThan(0)
      await new Promise((resolve) => setTimeout(resolve, 200))
      // The pool drops the dead connections and opens new ones; the process did not crash.
      let status = 0
      for (let attempt = 0; attempt < 3 && status !== 200; attempt++)
        status = (await t.http().get('/api/health')).status
      expect(status).toBe(200)
    } finally {
      await t.close()
    }
  })
})

describe('the audit log', () => {
  it('exists after migrating, on PostgreSQL and on PGlite alike', async () => {
    const t = await startTestApp()
    try {
      const tables = await queryRows(
        t.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      )
      expect(tables.map((r) => r.table_name)).toEqual(
        expect.arrayContaining([
          'audit_log',
          'organisations',
          'users',
          'sessions',
          'refresh_tokens',
          'sites',
          'rooms',
        ]),
      )
    } finally {
      await t.close()
    }
  })
})
