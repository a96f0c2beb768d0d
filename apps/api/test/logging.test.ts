import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import type { Database } from '../src/db/client.js'
import { testConfig } from './support/app.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'
import { createUser, TEST_PASSWORD } from './support/factories.js'
import { refreshCookieOf } from './support/tokens.js'

const lines: string[] = []
let app: FastifyInstance
let db: Database
let testDatabase: TestDatabase

beforeAll(async () => {
  testDatabase = await createTestDatabase()
  const database = testDatabase.open()
  db = database.db
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  app = await buildApp({ config: testConfig({ logLevel: 'info' }), database, logStream })
  await app.ready()
})

afterAll(async () => {
  await app.close()
  await testDatabase.drop()
})

describe('request logs', () => {
  it('never contain passwords, tokens or the refresh cookie, and carry the request id', async () => {
    const user = await createUser(db)
    const http = () => supertest(app.server)
    const before = lines.length

    const wrongPassword = 'a-wrong-password-to-hide'
    expect(
      (await http().post('/api/v1/auth/login').send({ email: user.email, password: wrongPassword })).status,
    ).toBe(401)
    const login = await http()
      .post('/api/v1/auth/login')
      .set('x-request-id', 'login-request-0001')
      .send({ email: user.email, password: TEST_PASSWORD })
    expect(login.status).toBe(200)
    const token: string = login.body.accessToken
    const cookie = refreshCookieOf(login.headers)?.value ?? ''
    expect(cookie.length).toBeGreaterThan(20)

    const invalidBody = await http()
      .post('/api/v1/auth/login')
      .send({ email: 'not-an-email', password: TEST_PASSWORD })
    expect(invalidBody.status).toBe(400)
    expect((await http().get('/api/v1/auth/me').set('authorization', `Bearer ${token}`)).status).toBe(200)
    const refresh = await http().post('/api/v1/auth/refresh').set('cookie', `onestop_refresh=${cookie}`)
    expect(refresh.status).toBe(200)
    const rotated = refreshCookieOf(refresh.headers)?.value ?? ''
    const password = await http()
      .put('/api/v1/auth/password')
      .set('authorization', `Bearer ${refresh.body.accessToken}`)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'short' })
    expect(password.status).toBe(400)

    const written = lines.slice(before)
    const text = written.join('\n')
    expect(written.length).toBeGreaterThanOrEqual(12)
    for (const secret of [TEST_PASSWORD, wrongPassword, token, refresh.body.accessToken, cookie, rotated]) {
      expect(text).not.toContain(secret)
    }
    // Personal data stays out of the logs too.
    expect(text).not.toContain(user.email)
    // The token's signature alone must not leak either (e.g. in a logged header).
    expect(text).not.toContain(token.split('.')[2])

    const records = written.map((line) => JSON.parse(line) as Record<string, unknown>)
    const requestRecords = records.filter((r) => 'req' in r || 'res' in r)
    expect(requestRecords.length).toBeGreaterThanOrEqual(12)
    for (const record of requestRecords) expect(record.reqId).toEqual(expect.any(String))
    expect(records.filter((r) => r.reqId === 'login-request-0001').length).toBeGreaterThanOrEqual(2)
  })
})
