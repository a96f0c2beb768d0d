import { and, eq, isNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recoveryCodes, sessions } from '../../src/db/schema/index.js'
import { fieldCryptoFor } from '../../src/lib/crypto.js'
import { startTestApp, type TestApp, useTestApp } from '../support/app.js'
import {
  auditRowsOf,
  bearer,
  createUser,
  findUser,
  signedInUser,
  TEST_PASSWORD,
} from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { decodeJwtPayload, nextTotpCode, staleTotpCode, totpCode } from '../support/tokens.js'

const t = useTestApp()
const SETUP = '/api/v1/auth/mfa/setup'
const ENABLE = '/api/v1/auth/mfa/enable'
const DISABLE = '/api/v1/auth/mfa/disable'
const LOGIN = '/api/v1/auth/login'

type Signed = Awaited<ReturnType<typeof signedInUser>>

/** Runs setup and enable for a signed-in user; returns the secret and the recovery codes. */
async function enrol(app: TestApp, who: Signed) {
  const setup = await app.http().post(SETUP).set(who.auth)
  expect(setup.status).toBe(200)
  const secret: string = setup.body.secret
  const enabled = await app
    .http()
    .post(ENABLE)
    .set(who.auth)
    .send({ code: totpCode(secret) })
  expect(enabled.status).toBe(200)
  return { secret, codes: enabled.body.recoveryCodes as string[] }
}

const unusedCodes = (app: TestApp, userId: string) =>
  app.db
    .select()
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))

describe('POST /api/v1/auth/mfa/setup', () => {
  it('answers a new secret and otpauth URL and stores it as pending only', async () => {
    const staff = await signedInUser(t, { roles: ['specialist'] })
    const response = await t.http().post(SETUP).set(staff.auth)
    expect(response.status).toBe(200)
    expect(response.body.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(response.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/One%20Stop:/)
    expect(response.body.otpauthUrl).toContain(`secret=${response.body.secret}`)
    const row = await findUser(t.db, staff.user.id)
    expect(row?.mfaSecret).toBeNull()
    expect(fieldCryptoFor(t.config.encryptionKey).decrypt(row?.mfaPendingSecret ?? '')).toBe(
      response.body.secret,
    )
    const [entry] = await auditRowsOf(t.db, 'user.mfa.setup', staff.user.id)
    expect(entry?.actorId).toBe(staff.user.id)
  })

  it('answers 409 once two-factor sign-in is on', async () => {
    const staff = await signedInUser(t)
    await enrol(t, staff)
    expectProblem(await t.http().post(SETUP).set(staff.auth), 409, '/problems/mfa-already-enabled')
  })

  it('answers 401 without a token', async () => {
    expectProblem(await t.http().post(SETUP), 401, '/problems/unauthorized')
  })
})

describe('POST /api/v1/auth/mfa/enable', () => {
  it('turns two-factor sign-in on with a right code and answers ten recovery codes', async () => {
    const staff = await signedInUser(t)
    const { secret, codes } = await enrol(t, staff)
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    const row = await findUser(t.db, staff.user.id)
    expect(row?.mfaPendingSecret).toBeNull()
    // Stored encrypted, never in clear.
    expect(row?.mfaSecret).not.toContain(secret)
    expect(fieldCryptoFor(t.config.encryptionKey).decrypt(row?.mfaSecret ?? '')).toBe(secret)
    const stored = await unusedCodes(t, staff.user.id)
    expect(stored).toHaveLength(10)
    expect(stored.map((row) => row.codeHash)).not.toContain(codes[0])
    const me = await t.http().get('/api/v1/auth/me').set(staff.auth)
    expect(me.body.mfaEnabled).toBe(true)
    expect(await auditRowsOf(t.db, 'user.mfa.enable', staff.user.id)).toHaveLength(1)
  })

  it('refuses a wrong code with 400 pointing at /code and leaves MFA off', async () => {
    const staff = await signedInUser(t)
    const setup = await t.http().post(SETUP).set(staff.auth)
    const response = await t
      .http()
      .post(ENABLE)
      .set(staff.auth)
      .send({ code: staleTotpCode(setup.body.secret) })
    expectValidationProblem(response, ['/code'])
    expect((await findUser(t.db, staff.user.id))?.mfaSecret).toBeNull()
  })

  it('refuses a code that is not six digits', async () => {
    const staff = await signedInUser(t)
    expectValidationProblem(await t.http().post(ENABLE).set(staff.auth).send({ code: '12345a' }), ['/code'])
  })

  it('answers 409 when setup was not started', async () => {
    const staff = await signedInUser(t)
    const response = await t.http().post(ENABLE).set(staff.auth).send({ code: '123456' })
    expectProblem(response, 409, '/problems/mfa-setup-not-started')
  })
})

describe('POST /api/v1/auth/login with two-factor sign-in', () => {
  it('asks for the code, accepts a right one, and accepts each recovery code once', async () => {
    const staff = await signedInUser(t)
    const { secret, codes } = await enrol(t, staff)
    const email = staff.user.email

    const without = await t.http().post(LOGIN).send({ email, password: TEST_PASSWORD })
    expectProblem(without, 401, '/problems/mfa-required')

    const wrong = await t
      .http()
      .post(LOGIN)
      .send({ email, password: TEST_PASSWORD, otp: staleTotpCode(secret) })
    expectProblem(wrong, 401, '/problems/invalid-mfa-code')

    const right = await t
      .http()
      .post(LOGIN)
      .send({ email, password: TEST_PASSWORD, otp: nextTotpCode(secret) })
    expect(right.status).toBe(200)
    const [session] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, String(decodeJwtPayload(right.body.accessToken).sid)))
    expect(session?.mfaVerified).toBe(true)

    const recovery = codes[0] ?? ''
    const first = await t
      .http()
      .post(LOGIN)
      .send({ email, password: TEST_PASSWORD, otp: recovery.toUpperCase() })
    expect(first.status).toBe(200)
    expect(await unusedCodes(t, staff.user.id)).toHaveLength(9)
    const again = await t.http().post(LOGIN).send({ email, password: TEST_PASSWORD, otp: recovery })
    expectProblem(again, 401, '/problems/invalid-mfa-code')
  })

  it('does not ask for the code before the password is right', async () => {
    const staff = await signedInUser(t)
    await enrol(t, staff)
    const response = await t
      .http()
      .post(LOGIN)
      .send({ email: staff.user.email, password: 'wrong-password-1' })
    expectProblem(response, 401, '/problems/invalid-credentials')
  })

  // RFC 6238 §5.2: a code MUST NOT be accepted twice.
  it('refuses the same TOTP code a second time', async () => {
    const staff = await signedInUser(t)
    const { secret } = await enrol(t, staff)
    const code = nextTotpCode(secret)
    const body = { email: staff.user.email, password: TEST_PASSWORD, otp: code }
    expect((await t.http().post(LOGIN).send(body)).status).toBe(200)
    expectProblem(await t.http().post(LOGIN).send(body), 401, '/problems/invalid-mfa-code')
  })
})

describe('POST /api/v1/auth/mfa/disable', () => {
  it('needs the password, then turns MFA off and retires the recovery codes', async () => {
    const staff = await signedInUser(t)
    await enrol(t, staff)

    const wrong = await t.http().post(DISABLE).set(staff.auth).send({ password: 'wrong-password-1' })
    expectValidationProblem(wrong, ['/password'])
    expect((await findUser(t.db, staff.user.id))?.mfaSecret).not.toBeNull()

    const response = await t.http().post(DISABLE).set(staff.auth).send({ password: TEST_PASSWORD })
    expect(response.status).toBe(204)
    expect((await findUser(t.db, staff.user.id))?.mfaSecret).toBeNull()
    expect(await unusedCodes(t, staff.user.id)).toHaveLength(0)
    const login = await t.http().post(LOGIN).send({ email: staff.user.email, password: TEST_PASSWORD })
    expect(login.status).toBe(200)
  })

  it('answers 409 when MFA is not on', async () => {
    const staff = await signedInUser(t)
    const response = await t.http().post(DISABLE).set(staff.auth).send({ password: TEST_PASSWORD })
    expectProblem(response, 409, '/problems/mfa-not-enabled')
  })
})

describe('DELETE /api/v1/users/:userId/mfa', () => {
  it('lets an admin remove a user’s MFA; the user signs in without a code and old sessions end', async () => {
    const admin = await signedInUser(t)
    const staff = await signedInUser(t, { roles: ['intake'], organisationId: admin.user.organisationId })
    await enrol(t, staff)

    const response = await t.http().delete(`/api/v1/users/${staff.user.id}/mfa`).set(admin.auth)
    expect(response.status).toBe(204)
    expect(await findUser(t.db, staff.user.id)).toMatchObject({ mfaSecret: null, mfaPendingSecret: null })
    expect(await unusedCodes(t, staff.user.id)).toHaveLength(0)
    expectProblem(await t.http().get('/api/v1/auth/me').set(staff.auth), 401, '/problems/session-ended')
    const login = await t.http().post(LOGIN).send({ email: staff.user.email, password: TEST_PASSWORD })
    expect(login.status).toBe(200)
    expect(await auditRowsOf(t.db, 'user.mfa.reset', staff.user.id)).toHaveLength(1)
  })

  it('answers 404 for a user of another organisation', async () => {
    const admin = await signedInUser(t)
    const stranger = await createUser(t.db)
    const response = await t.http().delete(`/api/v1/users/${stranger.id}/mfa`).set(admin.auth)
    expectProblem(response, 404, '/problems/not-found')
  })
})

describe('two-factor sign-in required for admins', () => {
  let strict: TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    strict = await startTestApp({ mfaRequiredRoles: ['admin'] })
  })
  afterAll(async () => {
    await strict.close()
  })

  it('gives an unenrolled admin a setup-only token until they enrol and refresh', async () => {
    const admin = await signedInUser(strict)
    expect(admin.body.mfaSetupRequired).toBe(true)
    expect(admin.body.user).toMatchObject({ mfaRequired: true, mfaEnabled: false })
    expect(decodeJwtPayload(admin.token).scope).toBe('mfa-setup')

    expect((await strict.http().get('/api/v1/auth/me').set(admin.auth)).status).toBe(200)
    const refused = await strict.http().get('/api/v1/users').set(admin.auth)
    expectProblem(refused, 403, '/problems/mfa-setup-required')
    const [denied] = await auditRowsOf(strict.db, 'access.denied')
    expect(denied).toMatchObject({ actorId: admin.user.id, outcome: 'denied' })
    expectProblem(
      await strict.http().put('/api/v1/auth/password').set(admin.auth).send({
        currentPassword: TEST_PASSWORD,
        newPassword: 'a-brand-new-passphrase-1',
      }),
      403,
      '/problems/mfa-setup-required',
    )

    await enrol(strict, admin)
    // The token in hand keeps its setup-only scope; a refresh gives a full one.
    expectProblem(
      await strict.http().get('/api/v1/users').set(admin.auth),
      403,
      '/problems/mfa-setup-required',
    )
    const refreshed = await strict.http().post('/api/v1/auth/refresh').set('cookie', admin.cookie)
    expect(refreshed.status).toBe(200)
    expect(refreshed.body.mfaSetupRequired).toBe(false)
    const users = await strict.http().get('/api/v1/users').set(bearer(refreshed.body.accessToken))
    expect(users.status).toBe(200)
  })

  it('does not let the refresh of an unenrolled admin’s session escape the setup scope', async () => {
    const admin = await signedInUser(strict)
    const refreshed = await strict.http().post('/api/v1/auth/refresh').set('cookie', admin.cookie)
    expect(refreshed.body.mfaSetupRequired).toBe(true)
    const users = await strict.http().get('/api/v1/users').set(bearer(refreshed.body.accessToken))
    expectProblem(users, 403, '/problems/mfa-setup-required')
  })

  it('does not require MFA of other roles', async () => {
    const staff = await signedInUser(strict, { roles: ['coordinator'] })
    expect(staff.body.mfaSetupRequired).toBe(false)
    expect(decodeJwtPayload(staff.token).scope).toBe('full')
  })

  // A role change ends the user's sessions, so a promoted user cannot keep a full-scope token.
  it('makes a user promoted to admin enrol before using admin operations', async () => {
    const admin = await signedInUser(strict)
    const { secret } = await enrol(strict, admin)
    const login = await strict
      .http()
      .post(LOGIN)
      .send({ email: admin.user.email, password: TEST_PASSWORD, otp: nextTotpCode(secret) })
    const coordinator = await signedInUser(strict, {
      roles: ['coordinator'],
      organisationId: admin.user.organisationId,
    })
    const promoted = await strict
      .http()
      .patch(`/api/v1/users/${coordinator.user.id}`)
      .set(bearer(login.body.accessToken))
      .send({ roles: ['coordinator', 'admin'] })
    expect(promoted.status).toBe(200)
    const response = await strict.http().get('/api/v1/users').set(coordinator.auth)
    expect(response.status).not.toBe(200)
  })

  it('refuses to turn MFA off for a role that requires it', async () => {
    const admin = await signedInUser(strict)
    const { secret } = await enrol(strict, admin)
    const login = await strict
      .http()
      .post(LOGIN)
      .send({ email: admin.user.email, password: TEST_PASSWORD, otp: nextTotpCode(secret) })
    expect(login.body.mfaSetupRequired).toBe(false)
    const response = await strict
      .http()
      .post(DISABLE)
      .set(bearer(login.body.accessToken))
      .send({ password: TEST_PASSWORD })
    expectProblem(response, 409, '/problems/mfa-required-by-role')
    const stored = (await findUser(strict.db, admin.user.id))?.mfaSecret ?? ''
    expect(fieldCryptoFor(strict.config.encryptionKey).decrypt(stored)).toBe(secret)
  })
})
