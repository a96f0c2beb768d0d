import { Writable } from 'node:stream'
import { DrizzleQueryError } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { isDatabaseUnavailable } from '../src/lib/db-errors.js'
import { startTestApp, testConfig } from './support/app.js'
import { TEST_DATABASE_URL } from './support/database.js'
import { signedInUser, TEST_PASSWORD, uniqueTag } from './support/factories.js'
import { FAMILIES, intakeBody } from './support/family-factories.js'
import { type AnyResponse, expectProblem } from './support/problem.js'
import { openUnreachableDatabase } from './support/unreachable-database.js'

const expectDatabaseUnavailable = (response: AnyResponse) => {
  expectProblem(response, 503, '/problems/database-unavailable')
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
}

describe('a database that is not running', () => {
  let app: FastifyInstance
  const log: string[] = []
  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        log.push(String(chunk))
        done()
      },
    })
    const config = testConfig({ logLevel: 'warn' })
    app = await buildApp({ config, database: await openUnreachableDatabase(), logStream })
  })
  afterAll(async () => app.close())

  it('answers 503 problem+json with Retry-After on public and signed-in routes, never 500', async () => {
    const token = app.jwt.sign({ sub: crypto.randomUUID(), sid: crypto.randomUUID(), scope: 'full' })
    const email = `${uniqueTag()}@onestop.example`
    const http = () => supertest(app.server)
    const responses = await Promise.all([
      http().get('/api/health'),
      http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD }),
      http().get('/api/v1/auth/me').set('authorization', `Bearer ${token}`),
      http().get(FAMILIES).set('authorization', `Bearer ${token}`),
    ])
    for (const response of responses) expectDatabaseUnavailable(response)
    // The failed sign-in's statement is logged with why it failed, but not with the address it looked for.
    expect(log.join('')).toContain('ECONNREFUSED')
    expect(log.join('')).not.toContain(email)
  })
})

/** Polls until `condition` holds; fails after `attempts` tries `everyMs` apart. */
async function until(condition: () => Promise<boolean>, attempts = 200, everyMs = 50) {
  for (let i = 0; i < attempts; i++) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error('the condition never held')
}

// Embedded PGlite runs inside the process: it has no connection to drop and cannot refuse one.
describe.runIf(Boolean(TEST_DATABASE_URL))('a database that drops and refuses connections under load', () => {
  it('answers 503 problem+json with Retry-After while it is unreachable, then 200 again without a restart', async () => {
    const t = await startTestApp()
    const name = new URL(t.testDatabase.url ?? '').pathname.slice(1)
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await admin.connect()
    try {
      const staff = await signedInUser(t, { roles: ['case_manager'] })
      const load = () =>
        Array.from({ length: 12 }, () => [
          t.http().get('/api/health'),
          t.http().get('/api/v1/auth/me').set(staff.auth),
          t.http().get(FAMILIES).set(staff.auth),
          t.http().post(FAMILIES).set(staff.auth).send(intakeBody()),
          t.http().post('/api/v1/auth/login').send({ email: staff.user.email, password: TEST_PASSWORD }),
        ]).flat()
      const appConnections = async () => {
        const { rows } = await admin.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = $1 and application_name = 'onestop-api'",
          [name],
        )
        return rows[0]?.n ?? -1
      }

      for (const response of await Promise.all(load())) expect(response.status).toBeLessThan(300)
      expect(await appConnections()).toBeGreaterThan(0)

      // The outage starts while requests are in flight: each of them either finished or answers 503.
      const inFlight = Promise.all(load())
      await admin.query(`alter database ${name} allow_connections false`)
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      )
      for (const response of await inFlight) if (response.status >= 300) expectDatabaseUnavailable(response)
      await until(async () => (await appConnections()) === 0)

      const during = await Promise.all(load())
      for (const response of during) expectDatabaseUnavailable(response)

      await admin.query(`alter database ${name} allow_connections true`)
      await until(async () => (await t.http().get('/api/health')).status === 200)
      const after = await Promise.all(load())
      expect(after.map((r) => r.status).filter((s) => s >= 300)).toEqual([])
    } finally {
      await admin.query(`alter database ${name} allow_connections true`)
      await admin.end()
      await t.close()
    }
    // Four rounds of 60 requests, 48 of them password checks: beside a second test run on two cores it took
    // over the 30 s every test gets. The limit only stops a hang; nothing here is about speed.
  }, 180_000)
})

describe('which errors mean the database is unavailable', () => {
  const withCode = (message: string, fields: Record<string, string>) =>
    Object.assign(new Error(message), fields)
  const serverError = (code: string, severity = 'ERROR') =>
    Object.assign(new pg.DatabaseError(`SQLSTATE ${code}`, 0, 'error'), { code, severity })

  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' })],
    ['a reset connection', withCode('read ECONNRESET', { code: 'ECONNRESET' })],
    ['a connection the server ended', new Error('Connection terminated unexpectedly')],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    ['a connection exception (class 08)', serverError('08006')],
    ['an administrator shutdown', serverError('57P01', 'FATAL')],
    ['a crash shutdown', serverError('57P02', 'FATAL')],
    ['a server that cannot accept connections now', serverError('57P03', 'FATAL')],
    ['too many connections', serverError('53300', 'FATAL')],
    ['a database that refuses connections', serverError('55000', 'FATAL')],
    ['any of them wrapped by drizzle', new DrizzleQueryError('select 1', [], serverError('57P01', 'FATAL'))],
  ])('%s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a unique violation', new DrizzleQueryError('insert', [], serverError('23505'))],
    ['a deadlock', serverError('40P01')],
    ['a statement timeout', serverError('57014')],
    ['an object not in the right state, as a query error', serverError('55000')],
    ['a bug', new TypeError('x is undefined')],
  ])('not %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
