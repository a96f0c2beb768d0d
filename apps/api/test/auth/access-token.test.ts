import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { sessions } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { bearer, findUser, signedInUser } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'
import { craftJwt, decodeJwtPayload, nowSeconds } from '../support/tokens.js'

const t = useTestApp()
const ME = '/api/v1/auth/me'

const claimsOf = (token: string) => {
  const { sub, sid, scope } = decodeJwtPayload(token)
  return { sub, sid, scope }
}

describe('GET /api/v1/auth/me', () => {
  it('answers the signed-in user', async () => {
    const { user, auth } = await signedInUser(t, { roles: ['intake'], professions: ['social_worker'] })
    const response = await t.http().get(ME).set(auth)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      id: user.id,
      email: user.email,
      roles: ['intake'],
      professions: ['social_worker'],
      organisationId: user.organisationId,
      mfaEnabled: false,
      mfaRequired: false,
      lockedUntil: null,
    })
  })

  it('answers 401 unauthorized without a token', async () => {
    expectProblem(await t.http().get(ME), 401, '/problems/unauthorized')
  })

  it.each([
    ['garbage', 'Bearer garbage'],
    ['three garbage segments', 'Bearer aaa.bbb.ccc'],
  ])('answers 401 invalid-token for %s', async (_name, header) => {
    expectProblem(await t.http().get(ME).set('authorization', header), 401, '/problems/invalid-token')
  })

  it.each([
    ['another scheme', (token: string) => `Basic ${token}`],
    ['an empty bearer', () => 'Bearer '],
    ['a token with spaces', (token: string) => `Bearer ${token} extra`],
  ])('answers 401 unauthorized for %s', async (_name, header) => {
    const { token } = await signedInUser(t)
    expectProblem(await t.http().get(ME).set('authorization', header(token)), 401, '/problems/unauthorized')
  })
})

describe('access token attacks', () => {
  it('accepts a hand-made token signed with the right secret (control for the cases below)', async () => {
    const { token } = await signedInUser(t)
    const forged = craftJwt({ ...claimsOf(token), iat: nowSeconds(), exp: nowSeconds() + 60 })
    expect((await t.http().get(ME).set(bearer(forged))).status).toBe(200)
  })

  it('refuses a token whose payload was changed', async () => {
    const victim = await signedInUser(t)
    const attacker = await signedInUser(t, { roles: ['intake'] })
    const [header, payload, signature] = attacker.token.split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'))
    const tampered = Buffer.from(
      JSON.stringify({ ...claims, sub: victim.user.id, sid: decodeJwtPayload(victim.token).sid }),
    )
    const token = `${header}.${tampered.toString('base64url')}.${signature}`
    expectProblem(await t.http().get(ME).set(bearer(token)), 401, '/problems/invalid-token')
  })

  it('refuses a token with one character of the payload changed', async () => {
    const { token } = await signedInUser(t)
    const [header, payload = '', signature] = token.split('.')
    const flipped = `${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}`
    expectProblem(
      await t
        .http()
        .get(ME)
        .set(bearer(`${header}.${flipped}.${signature}`)),
      401,
      '/problems/invalid-token',
    )
  })

  it('refuses an expired token', async () => {
    const { token } = await signedInUser(t)
    const expired = craftJwt({ ...claimsOf(token), iat: nowSeconds() - 3600, exp: nowSeconds() - 60 })
    expectProblem(await t.http().get(ME).set(bearer(expired)), 401, '/problems/invalid-token')
  })

  it('refuses a token signed with another secret', async () => {
    const { token } = await signedInUser(t)
    const other = craftJwt(
      { ...claimsOf(token), iat: nowSeconds(), exp: nowSeconds() + 60 },
      { secret: 'another-secret-of-at-least-32-characters' },
    )
    expectProblem(await t.http().get(ME).set(bearer(other)), 401, '/problems/invalid-token')
  })

  it('refuses an unsigned alg=none token', async () => {
    const { token } = await signedInUser(t)
    const unsigned = craftJwt(
      { ...claimsOf(token), iat: nowSeconds(), exp: nowSeconds() + 60 },
      { alg: 'none' },
    )
    expectProblem(await t.http().get(ME).set(bearer(unsigned)), 401, '/problems/invalid-token')
  })

  it('refuses a validly signed token for a session that does not exist', async () => {
    const { token, user } = await signedInUser(t)
    const forged = t.app.jwt.sign({ sub: user.id, sid: randomUUID(), scope: 'full' })
    expect((await t.http().get(ME).set(bearer(token))).status).toBe(200)
    expectProblem(await t.http().get(ME).set(bearer(forged)), 401, '/problems/session-ended')
  })

  it("refuses a validly signed token naming another user's session", async () => {
    const victim = await signedInUser(t)
    const attacker = await signedInUser(t)
    const forged = t.app.jwt.sign({
      sub: victim.user.id,
      sid: String(decodeJwtPayload(attacker.token).sid),
      scope: 'full',
    })
    expectProblem(await t.http().get(ME).set(bearer(forged)), 401, '/problems/session-ended')
  })
})

describe('PATCH /api/v1/users/:userId {active:false} and the deactivated user', () => {
  it("ends the user's access token and refresh cookie at once", async () => {
    const admin = await signedInUser(t)
    const staff = await signedInUser(t, { roles: ['coordinator'], organisationId: admin.user.organisationId })
    expect((await t.http().get(ME).set(staff.auth)).status).toBe(200)

    const response = await t
      .http()
      .patch(`/api/v1/users/${staff.user.id}`)
      .set(admin.auth)
      .send({ active: false })
    expect(response.status).toBe(200)
    expect(response.body.active).toBe(false)

    expectProblem(await t.http().get(ME).set(staff.auth), 401, '/problems/session-ended')
    const refresh = await t.http().post('/api/v1/auth/refresh').set('cookie', staff.cookie)
    expectProblem(refresh, 401, '/problems/session-ended')

    expect((await findUser(t.db, staff.user.id))?.active).toBe(false)
    const rows = await t.db.select().from(sessions).where(eq(sessions.userId, staff.user.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]?.revokedAt).not.toBeNull()
    expect(rows[0]?.revokedReason).toBe('deactivated')
    // The admin's own session is untouched.
    expect((await t.http().get(ME).set(admin.auth)).status).toBe(200)
  })
})
