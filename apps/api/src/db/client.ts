import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { sql } from 'drizzle-orm'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import type { Logger } from 'pino'
import * as schema from './schema/index.js'

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export interface DatabaseHandle {
  db: Database
  kind: 'postgres' | 'pglite'
  /** Runs `work` on one connection holding a session-level advisory lock. */
  withAdvisoryLock<T>(key: number, work: (db: Database) => Promise<T>): Promise<T>
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres:// URL; without it an embedded PGlite database is used. */
  url?: string | undefined
  /** Folder for the embedded database; `memory://` keeps it in memory. */
  dataDir: string
  poolSize: number
  log: Logger
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  return options.url ? openPostgres(options.url, options) : openPglite(options.dataDir)
}

function openPostgres(url: string, { poolSize, log }: DatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    application_name: 'onestop-api',
  })
  // An idle client losing its connection (a database restart) must not crash the process.
  pool.on('error', (err) => log.error({ err }, 'idle database connection failed'))
  // Nor one that loses it while a request holds it between statements: the pool drops the client on release.
  pool.on('connect', (client) => {
    client.on('error', (err) => log.warn({ err }, 'database connection lost while in use'))
  })
  return {
    db: drizzleNodePg(pool, { schema, casing: 'snake_case' }),
    kind: 'postgres',
    async withAdvisoryLock(key, work) {
      const client = await pool.connect()
      try {
        await client.query('select pg_advisory_lock($1)', [key])
        try {
          return await work(drizzleNodePg(client, { schema, casing: 'snake_case' }))
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key])
        }
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

function openPglite(dataDir: string): DatabaseHandle {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true })
  const client = new PGlite(dataDir, { extensions: { btree_gist, pg_trgm } })
  const db = drizzlePglite(client, { schema, casing: 'snake_case' })
  return {
    db,
    kind: 'pglite',
    // PGlite has a single connection, so work is already serialised.
    withAdvisoryLock: (_key, work) => work(db),
    close: () => client.close(),
  }
}

export const databaseAnswers = (db: Database): Promise<boolean> =>
  db.execute(sql`select 1`).then(
    () => true,
    () => false,
  )
