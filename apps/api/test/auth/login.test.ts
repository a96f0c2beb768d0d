import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, refreshTokens, sessions } from '../../src/db/schema/index.js'
import { startTestApp, type TestApp, useTestApp } from '../support/app.js'
import { auditRowsOf, bearer, createUser, findUser, sessionsOf, TEST_PASSWORD } from '../support/factories.js'
import { expectProblem, expectValidationProblem, fromInject } from '../support/problem.js'
import { decodeJwtPayload, refreshCookieOf } from '../support/tokens.js'

const t = useTestApp()
const LOGIN = '/api/v1/auth/login'

describe('POST /api/v1/auth/login', () => {
  describe('happy', () => {
    it('answers with a session, sets the refresh cookie and records the sign-in', async () => {
      const user = await createUser(t.db, { roles: ['case_manager'] })
      const response = await t.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })

      expect(response.status).toBe(200)
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.body).toMatchObject({
        expiresIn: 900,
        mfaSetupRequired: false,
        user: { id: user.id, email: user.email, roles: ['case_manager'], mfaEnabled: false, active: true },
      })
      expect(response.body.user).not.toHaveProperty('passwordHash')
      const claims = decodeJwtPayload(response.body.accessToken)
      expect(claims).toMatchObject({ sub: user.id, scope: 'full' })

      const cookie = refreshCookieOf(response.headers)
      expect(cookie?.value.length).toBeGreaterThan(20)
      expect(cookie?.attributes).toEqual(
        expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth']),
      )

      const [session] = await sessionsOf(t.db, user.id)
      expect(session).toMatchObject({ id: claims.sid, revokedAt: null, mfaVerified: false })
      const tokens = await t.db
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.sessionId, String(claims.sid)))
      expect(tokens).toHaveLength(1)
      // Only a hash of the refresh token is stored.
      expect(tokens[0]?.tokenHash).not.toBe(cookie?.value)

      const [entry] = await auditRowsOf(t.db, 'auth.login', user.id)
      expect(entry).toMatchObject({
        outcome: 'success',
        actorLabel: user.email,
        organisationId: user.organisationId,
        requestId: response.headers['x-request-id'],
      })

      const me = await t.http().get('/api/v1/auth/me').set(bearer(response.body.accessToken))
      expect(me.status).toBe(200)
      expect(me.body.id).toBe(user.id)
    })

    it('compares the e-mail address case-insensitively', async () => {
      const user = await createUser(t.db, { roles: ['specialist'] })
      const response = await t
        .http()
        .post(LOGIN)
        .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD })
      expect(response.status).toBe(200)
      expect(response.body.user.id).toBe(user.id)
    })

    it('resets the failure count after a successful sign-in', async () => {
      const user = await createUser(t.db)
      for (let i = 0; i < 3; i++)
        await t.http().post(LOGIN).send({ email: user.email, password: 'wrong-password-123' })
      expect((await findUser(t.db, user.id))?.failedLoginCount).toBe(3)

      const response = await t.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })
      expect(response.status).toBe(200)
      expect(await findUser(t.db, user.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null })
    })
  })

  describe('error', () => {
    it('refuses a wrong password with 401 invalid-credentials and audits the failure', async () => {
      const user = await createUser(t.db)
      const response = await t.http().post(LOGIN).send({ email: user.email, password: 'not-the-password' })

      expectProblem(response, 401, '/problems/invalid-credentials')
      expect(refreshCookieOf(response.headers)).toBeUndefined()
      expect(await sessionsOf(t.db, user.id)).toHaveLength(0)
      expect((await findUser(t.db, user.id))?.failedLoginCount).toBe(1)
      const [entry] = await auditRowsOf(t.db, 'auth.login', user.id)
      expect(entry).toMatchObject({
        outcome: 'failure',
        actorLabel: user.email,
        actorId: null,
        organisationId: user.organisationId,
        details: { reason: 'wrong-password' },
      })
    })

    it('answers an unknown e-mail exactly like a wrong password, and audits the address tried', async () => {
      const email = `nobody-${randomUUID()}@test.example`
      const response = await t
        .http()
        .post(LOGIN)
        .send({ email: email.toUpperCase(), password: TEST_PASSWORD })

      const body = expectProblem(response, 401, '/problems/invalid-credentials')
      const known = await createUser(t.db)
      const other = await t.http().post(LOGIN).send({ email: known.email, password: 'wrong-password-1' })
      expect(other.body.detail).toBe(body.detail)

      const entries = await t.db.select().from(auditLog).where(eq(auditLog.actorLabel, email))
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({
        action: 'auth.login',
        outcome: 'failure',
        entityId: null,
        details: { reason: 'unknown-email' },
      })
    })

    it('refuses a deactivated user even with the right password', async () => {
      const user = await createUser(t.db, { active: false })
      const response = await t.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })
      expectProblem(response, 401, '/problems/invalid-credentials')
      expect(await sessionsOf(t.db, user.id)).toHaveLength(0)
      const [entry] = await auditRowsOf(t.db, 'auth.login', user.id)
      expect(entry).toMatchObject({ outcome: 'failure', details: { reason: 'inactive' } })
    })

    it('refuses an empty body, naming both missing fields', async () => {
      const response = await t.http().post(LOGIN).send({})
      expectValidationProblem(response, ['/email', '/password'])
    })

    it('refuses an e-mail that is a number instead of coercing it', async () => {
      const response = await t.http().post(LOGIN).send({ email: 1 })
      expectValidationProblem(response, ['/email', '/password'])
    })

    it('refuses a property the contract does not know', async () => {
      const user = await createUser(t.db)
      const response = await t
        .http()
        .post(LOGIN)
        .send({ email: user.email, password: TEST_PASSWORD, admin: true })
      expectValidationProblem(response, ['/admin'])
      expect(await sessionsOf(t.db, user.id)).toHaveLength(0)
    })

    it('refuses malformed JSON with 400', async () => {
      const response = await t
        .http()
        .post(LOGIN)
        .set('content-type', 'application/json')
        .send('{"email": "a@b.example", "password": ')
      expectProblem(response, 400, '/problems/malformed-json')
    })

    it('refuses a 2 MB body with 413', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: LOGIN,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(2 * 1024 * 1024) }),
      })
      expectProblem(fromInject(response), 413, '/problems/body-too-large')
    })

    it('refuses a text/plain body with 415', async () => {
      const user = await createUser(t.db)
      const response = await t
        .http()
        .post(LOGIN)
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ email: user.email, password: TEST_PASSWORD }))
      expectProblem(response, 415, '/problems/unsupported-media-type')
      expect(await sessionsOf(t.db, user.id)).toHaveLength(0)
    })
  })

  describe('security: lockout', () => {
    it('locks the account after 5 failures in a row and then refuses even the right password', async () => {
      const user = await createUser(t.db)
      for (let i = 1; i <= 5; i++) {
        const response = await t
          .http()
          .post(LOGIN)
          .send({ email: user.email, password: `wrong-${i}-password` })
        expectProblem(response, 401, '/problems/invalid-credentials')
      }
      const locked = await findUser(t.db, user.id)
      expect(locked?.failedLoginCount).toBe(5)
      expect(locked?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)

      const response = await t.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })
      expectProblem(response, 429, '/problems/account-locked')
      const retryAfter = Number(response.headers['retry-after'])
      expect(retryAfter).toBeGreaterThan(14 * 60)
      expect(retryAfter).toBeLessThanOrEqual(15 * 60)
      expect(await sessionsOf(t.db, user.id)).toHaveLength(0)

      const failures = await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, user.id), eq(auditLog.outcome, 'failure')))
      expect(failures.map((f) => f.details.reason)).toContain('wrong-password; account locked')
    })

    it('does not lock after 4 failures', async () => {
      const user = await createUser(t.db)
      for (let i = 1; i <= 4; i++)
        await t
          .http()
          .post(LOGIN)
          .send({ email: user.email, password: `wrong-${i}-password` })
      const response = await t.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })
      expect(response.status).toBe(200)
    })

    it('counts concurrent failures without losing any', async () => {
      const user = await createUser(t.db)
      await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          t
            .http()
            .post(LOGIN)
            .send({ email: user.email, password: `wrong-${i}-password` }),
        ),
      )
      expect((await findUser(t.db, user.id))?.failedLoginCount).toBe(4)
    })
  })
})

describe('POST /api/v1/auth/login rate limit', () => {
  let limited: TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    limited = await startTestApp({ auth: { loginRateLimitPerMinute: 3 } })
  })
  afterAll(async () => {
    await limited.close()
  })

  it('answers 429 rate-limited with Retry-After once a client exceeds the limit', async () => {
    const user = await createUser(limited.db)
    for (let i = 0; i < 3; i++) {
      const response = await limited.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })
      expect(response.status).toBe(200)
    }
    const response = await limited.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })
    expectProblem(response, 429, '/problems/rate-limited')
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60)
    const open = await limited.db.select().from(sessions).where(eq(sessions.userId, user.id))
    expect(open).toHaveLength(3)

    // X-Forwarded-For is not believed unless TRUST_PROXY says so, so it cannot reset the count.
    const spoofed = await limited
      .http()
      .post(LOGIN)
      .set('x-forwarded-for', '203.0.113.77')
      .send({ email: user.email, password: TEST_PASSWORD })
    expectProblem(spoofed, 429, '/problems/rate-limited')
  })
})

describe('POST /api/v1/auth/login in production', () => {
  let production: TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    production = await startTestApp({ env: 'production' })
  })
  afterAll(async () => {
    await production.close()
  })

  it('marks the refresh cookie Secure', async () => {
    const user = await createUser(production.db)
    const response = await production.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })
    expect(response.status).toBe(200)
    expect(refreshCookieOf(response.headers)?.attributes).toEqual(
      expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth']),
    )
  })
})
