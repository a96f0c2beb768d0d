import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/modules/auth/passwords.js'
import { useTestApp } from '../support/app.js'
import {
  auditRowsOf,
  findUser,
  sessionsOf,
  signedInUser,
  signIn,
  TEST_PASSWORD,
} from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { decodeJwtPayload } from '../support/tokens.js'

const t = useTestApp()
const PASSWORD = '/api/v1/auth/password'
const ME = '/api/v1/auth/me'
const NEW_PASSWORD = 'river-lantern-orbit-42'

describe('PUT /api/v1/auth/password', () => {
  it('changes the password and ends the other sessions but not the current one', async () => {
    const staff = await signedInUser(t, { roles: ['coordinator'] })
    const other = await signIn(t, staff.user.email)

    const response = await t
      .http()
      .put(PASSWORD)
      .set(staff.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
    expect(response.status).toBe(204)

    expect((await t.http().get(ME).set(staff.auth)).status).toBe(200)
    expectProblem(
      await t
        .http()
        .get(ME)
        .set({ authorization: `Bearer ${other.token}` }),
      401,
      '/problems/session-ended',
    )
    expectProblem(
      await t.http().post('/api/v1/auth/refresh').set('cookie', other.cookie),
      401,
      '/problems/session-ended',
    )

    const stored = await findUser(t.db, staff.user.id)
    expect(await verifyPassword(stored?.passwordHash ?? '', NEW_PASSWORD)).toBe(true)
    const rows = await sessionsOf(t.db, staff.user.id)
    const current = String(decodeJwtPayload(staff.token).sid)
    expect(rows.find((s) => s.id === current)?.revokedAt).toBeNull()
    expect(rows.find((s) => s.id !== current)?.revokedReason).toBe('password-changed')

    const oldLogin = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: staff.user.email, password: TEST_PASSWORD })
    expectProblem(oldLogin, 401, '/problems/invalid-credentials')
    expect((await signIn(t, staff.user.email, NEW_PASSWORD)).token).toBeTruthy()

    const [entry] = await auditRowsOf(t.db, 'user.password.change', staff.user.id)
    expect(entry).toMatchObject({ actorId: staff.user.id, details: { endedSessions: 1 } })
  })

  it('refuses a wrong current password with 400 and keeps the old one', async () => {
    const staff = await signedInUser(t)
    const response = await t
      .http()
      .put(PASSWORD)
      .set(staff.auth)
      .send({ currentPassword: 'not-my-password-1', newPassword: NEW_PASSWORD })
    expectValidationProblem(response, ['/currentPassword'])
    const stored = await findUser(t.db, staff.user.id)
    expect(await verifyPassword(stored?.passwordHash ?? '', TEST_PASSWORD)).toBe(true)
  })

  it.each([
    ['too short', 'short-pw-1'],
    ['common', 'passwordpassword'],
    ['common digits', '123456789012'],
    ['one repeated character', 'aaaaaaaaaaaaaaaa'],
  ])('refuses a %s new password with 400 pointing at /newPassword', async (_name, newPassword) => {
    const staff = await signedInUser(t)
    const response = await t
      .http()
      .put(PASSWORD)
      .set(staff.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword })
    expectValidationProblem(response, ['/newPassword'])
    const stored = await findUser(t.db, staff.user.id)
    expect(await verifyPassword(stored?.passwordHash ?? '', TEST_PASSWORD)).toBe(true)
  })

  it('refuses a new password containing the e-mail name', async () => {
    const staff = await signedInUser(t, { email: `lukas.${Date.now()}@test.example` })
    const local = staff.user.email.split('@')[0]
    const response = await t
      .http()
      .put(PASSWORD)
      .set(staff.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: `my-${local}-secret` })
    expectValidationProblem(response, ['/newPassword'])
  })

  it('refuses a missing field and an extra one', async () => {
    const staff = await signedInUser(t)
    const response = await t
      .http()
      .put(PASSWORD)
      .set(staff.auth)
      .send({ newPassword: NEW_PASSWORD, force: true })
    expectValidationProblem(response, ['/currentPassword', '/force'])
  })

  it('answers 401 without a token', async () => {
    const response = await t
      .http()
      .put(PASSWORD)
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
    expectProblem(response, 401, '/problems/unauthorized')
  })
})
