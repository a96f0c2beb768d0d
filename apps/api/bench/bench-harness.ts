import { performance } from 'node:perf_hooks'
import pg from 'pg'
import pino from 'pino'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { migrateDatabase } from '../src/db/migrate.js'
import { SCOPED_ROLE } from '../src/db/organisation-scope.js'
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

/** The p-th percentile of the values (nearest rank). */
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? 0

export interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}
/** A plan node and every node below it. */
export const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)]

interface ExplainedStatement {
  /** The plan ran inside a function the statement called, not the statement itself. */
  nested: boolean
  milliseconds: number
  /** Each scan of one of the watched tables: node type, table and the indexes it used. */
  scans: string[]
  sequentialScans: number
}

const TRANSACTION_START = /^\s*(begin|start transaction)\b/i
const TRANSACTION_END = /^\s*(commit|rollback)\s*;?\s*$/i
const READ = /^\s*(select|with)\b/i

/**
 * A superuser connection to the bench database that runs a request's reads again as the request ran them:
 * each of its transactions in one of our own, rolled back, with its own `set_config` of the role
 * (`onestop_app`, under row-level security), organisation and user; its writes are not repeated (the
 * request made them already, a second time would collide). auto_explain logs the plan, with
 * actual rows and times, of every statement executed, those inside the functions it calls included (a plain
 * EXPLAIN shows a SECURITY DEFINER function as one node), and sends it here as a notice.
 */
async function planExplainer(url: URL) {
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  await client.query(`load 'auto_explain'`)
  let logged: string[] = []
  client.on('notice', (notice) => {
    if (notice.message?.includes('plan:')) logged.push(notice.message)
  })
  const begin = async () => {
    await client.query('begin')
    // Superuser settings, made before the request's statements switch the role.
    await client.query(`set local auto_explain.log_min_duration = 0; set local auto_explain.log_analyze = on;
      set local auto_explain.log_nested_statements = on; set local auto_explain.log_format = json;
      set local client_min_messages = log`)
  }

  /** The scans of `tables` in the plans of everything the request's statements executed. */
  async function explain(statements: SentStatement[], tables: string[]): Promise<ExplainedStatement[]> {
    const explained: ExplainedStatement[] = []
    let inTransaction = false
    for (const { text, values } of statements) {
      if (TRANSACTION_START.test(text)) {
        await begin()
        inTransaction = true
        continue
      }
      if (TRANSACTION_END.test(text)) {
        if (inTransaction) await client.query('rollback')
        inTransaction = false
        continue
      }
      if (!READ.test(text)) continue
      if (!inTransaction) await begin()
      logged = []
      await client.query(text, values)
      // auto_explain logs a statement when its portal is dropped; a simple-protocol statement drops it.
      await client.query('set local client_min_messages = log')
      if (!inTransaction) await client.query('rollback')
      for (const message of logged) {
        const duration = Number(/duration: ([\d.]+) ms/.exec(message)?.[1] ?? Number.NaN)
        const logEntry = JSON.parse(message.slice(message.indexOf('{'))) as {
          'Query Text': string
          Plan: PlanNode
        }
        const scans = flatten(logEntry.Plan).filter((n) => tables.includes(n['Relation Name'] ?? ''))
        if (!scans.length) continue
        explained.push({
          nested: logEntry['Query Text'].trim() !== text.trim(),
          milliseconds: duration,
          scans: [
            ...new Set(
              scans.map((scan) => {
                // A bitmap heap scan names its indexes in the bitmap index scans below it.
                const indexes = flatten(scan).flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []))
                return `${scan['Node Type']} on ${scan['Relation Name']}${indexes.length ? ` using ${indexes.join(', ')}` : ''}`
              }),
            ),
          ],
          sequentialScans: scans.filter((scan) => scan['Node Type'] === 'Seq Scan').length,
        })
      }
    }
    if (inTransaction) await client.query('rollback')
    return explained
  }

  return { explain, end: () => client.end() }
}

/** A request to time: what it answered, in a few words. */
export interface Operation {
  label: string
  run: () => Promise<string>
}

/** Times each operation `runs` times after another, printing its median and 95th percentile in ms. */
export async function timeOperations(operations: Operation[], labelWidth = 46) {
  console.log(`${''.padEnd(labelWidth)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`)
  for (const { label, run } of operations) {
    const times: number[] = []
    let result = ''
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      result = await run()
      times.push(performance.now() - start)
    }
    console.log(
      `${label.padEnd(labelWidth)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}  ${result}`,
    )
  }
}

/**
 * Runs each operation once more, replays its reads through `planExplainer` and prints the plans that scan
 * one of `tables`, a function's marked; the number of sequential scans of those tables.
 */
export async function explainOperations(url: URL, operations: Operation[], tables: string[]) {
  const explainer = await planExplainer(url)
  let sequentialScans = 0
  try {
    for (const { label, run } of operations) {
      console.log(`${label}:`)
      for (const plan of await explainer.explain(await statementsSentBy(run), tables)) {
        sequentialScans += plan.sequentialScans
        console.log(
          `  ${plan.milliseconds.toFixed(1).padStart(7)} ms  ${plan.nested ? '(in a function) ' : ''}${plan.scans.join('; ')}`,
        )
      }
    }
  } finally {
    await explainer.end()
  }
  return sequentialScans
}

/** Prints the plans of the operations' reads on `tables` and fails the run on any sequential scan of them. */
export async function checkPlans(url: URL, operations: Operation[], tables: string[]) {
  console.log(
    `\nPlans (auto_explain, analysed, as ${SCOPED_ROLE} under row-level security) of the statements on ${tables.join(', ')}:`,
  )
  const sequentialScans = await explainOperations(url, operations, tables)
  console.log(
    sequentialScans
      ? `\n${sequentialScans} sequential scans: FAILED`
      : `\nNo sequential scan on ${tables.join(', ')}.`,
  )
  process.exitCode = sequentialScans ? 1 : 0
}
