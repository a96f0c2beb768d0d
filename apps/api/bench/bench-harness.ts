import pg from 'pg'
import pino from 'pino'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { migrateDatabase } from '../src/db/migrate.js'
import { seedDemoData } from '../src/db/seed.js'

export const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
export const runs = Number(process.env.BENCH_RUNS ?? 15)

/**
 * A database of its own for a benchmark on the server of `BENCH_DATABASE_URL`, dropped and created afresh,
 * migrated and filled with the demo data; the app's config runs without load shedding.
 */
export async function freshBenchDatabase(name: string) {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url.toString() }),
    loadShedding: false as const,
  }
  const handle = openDatabase({
    url: url.toString(),
    dataDir: '',
    poolSize: 5,
    log: pino({ level: 'silent' }),
  })
  await migrateDatabase(handle)
  await seedDemoData(handle.db, config)
  return { url, config, handle }
}

export interface SentStatement {
  text: string
  values: unknown[]
}

let recording: SentStatement[] | null = null
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args
  if (recording) {
    // query(text, values) or query(config, values), as drizzle calls it
    const config = typeof first === 'string' ? { text: first } : (first as pg.QueryConfig)
    const values = Array.isArray(second) ? second : (config.values ?? [])
    recording.push({ text: config.text, values })
  }
  return clientQuery.apply(this, args)
} as typeof pg.Client.prototype.query

/** Every statement the database client sent while `run` ran, to EXPLAIN afterwards. */
export async function statementsSentBy(run: () => Promise<unknown>): Promise<SentStatement[]> {
  const sent: SentStatement[] = []
  recording = sent
  try {
    await run()
  } finally {
    recording = null
  }
  return sent
}
