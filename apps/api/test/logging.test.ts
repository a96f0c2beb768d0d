import { randomInt } from 'node:crypto'
import { Writable } from 'node:stream'
import { makePersonalCode } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import supertest from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import type { Database } from '../src/db/client.js'
import { type TestApp, testConfig } from './support/app.js'
import { createTestDatabase, type TestDatabase } from './support/database.js'
import { createUser, signedInUser, TEST_PASSWORD, uniqueTag } from './support/factories.js'
import { familyPath, intakeFamily, membersOf, uniqueName } from './support/family-factories.js'
import { expectProblem } from './support/problem.js'
import { refreshCookieOf } from './support/tokens.js'

const lines: string[] = []
let app: FastifyInstance
let db: Database
let testDatabase: TestDatabase
let t: TestApp

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
  const config = testConfig({ logLevel: 'info' })
  app = await buildApp({ config, database, logStream })
  await app.ready()
  t = { app, db, config, testDatabase, http: () => supertest.agent(app.server) }
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

describe('database errors in the logs', () => {
  // This file's own database refuses what starts with "Refused", so a write fails inside PostgreSQL with
  // the values in its statement parameters, in the error's detail ("Failing row contains …") or, from a
  // trigger, in the error's message.
  beforeAll(async () => {
    await db.execute(sql`alter table persons add constraint logging_test_refused
      check (given_name not like 'Refused%' and coalesce(contacts->>'address', '') not like 'Refused%') not valid`)
    await db.execute(sql`create function logging_test_refuse_note() returns trigger language plpgsql as $$
      begin
        if new.text like 'Refused%' then raise exception 'note refused: %', new.text; end if;
        return new;
      end $$`)
    await db.execute(sql`create trigger logging_test_refused before insert on case_note_versions
      for each row execute function logging_test_refuse_note()`)
  })

  it('carry the statement and SQLSTATE of failing writes of members, notes and contacts, never their values', async () => {
    const staff = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, staff.auth)
    const [parent] = await membersOf(t, staff.auth, family.id)
    if (!parent) throw new Error('no member')
    const digits = () => String(randomInt(1_000_000, 9_999_999))
    const tag = uniqueTag()
    const member = {
      givenName: `Refused${tag}`,
      familyName: uniqueName(),
      birthDate: '1977-03-29',
      gender: 'woman',
      role: 'parent',
      personalCode: makePersonalCode('1977-03-29', true, randomInt(100, 999)),
      contacts: { phone: `+370 6${digits()}`, email: `${tag}@family.example`, address: `Žalgirio g. ${tag}` },
    }
    const contacts = { phone: `+370 5${digits()}`, address: `Refused slėptuvės g. ${uniqueTag()}` }
    const note = `Refused ${uniqueTag()}: mama pasakojo apie smurtą namuose`
    const before = lines.length

    const added = await t
      .http()
      .post(`${familyPath(family.id)}/members`)
      .set(staff.auth)
      .send(member)
    expectProblem(added, 500, '/problems/internal')
    const updated = await t
      .http()
      .patch(`${familyPath(family.id)}/members/${parent.id}`)
      .set(staff.auth)
      .send({ contacts })
    expectProblem(updated, 500, '/problems/internal')
    const noted = await t
      .http()
      .post(`${familyPath(family.id)}/notes`)
      .set(staff.auth)
      .send({ text: note, visibility: 'team' })
    expectProblem(noted, 500, '/problems/internal')

    const text = lines.slice(before).join('\n')
    const values = [
      member.givenName,
      member.familyName,
      member.birthDate,
      member.personalCode,
      member.contacts.phone,
      member.contacts.email,
      member.contacts.address,
      contacts.phone,
      contacts.address,
      note,
      tag,
    ]
    for (const value of values) expect(text).not.toContain(value)
    const failures = lines
      .slice(before)
      .map((line) => JSON.parse(line) as { msg?: string; err?: { code?: string; query?: string } })
      .filter((record) => record.msg === 'request failed')
    expect(failures).toHaveLength(3)
    expect(failures.map((f) => f.err?.code)).toEqual(['23514', '23514', 'P0001'])
    expect(failures.map((f) => f.err?.query?.split(' (')[0]?.split(' set ')[0])).toEqual([
      'insert into "persons"',
      'update "persons"',
      'insert into "case_note_versions"',
    ])
  })
})
