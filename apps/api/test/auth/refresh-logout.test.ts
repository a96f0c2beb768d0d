import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { refreshTokens, sessions } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, bearer, signedInUser, TEST_PASSWORD } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'
import { decodeJwtPayload, refreshCookieOf } from '../support/tokens.js'

const t = useTestApp()
const REFRESH = '/api/v1/auth/refresh'
const LOGOUT = '/api/v1/auth/logout'
const ME = '/api/v1/auth/me'

const sessionRow = async (sessionId: string) => {
  const [row] = await t.db.select().from(sessions).where(eq(sessions.id, sessionId))
  return row
}

describe('POST /api/v1/auth/refresh', () => {
  it('exchanges the cookie for a new access token and a rotated cookie in the same session', async () => {
    const staff = await signedInUser(t, { roles: ['specialist'] })
    const response = await t.http().post(REFRESH).set('cookie', staff.cookie)

    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      expiresIn: 900,
      mfaSetupRequired: false,
      user: { id: staff.user.id },
    })
    const rotated = refreshCookieOf(response.headers)
    expect(rotated?.pair).toMatch(/^onestop_refresh=.{20,}/)
    expect(rotated?.pair).not.toBe(staff.cookie)
    expect(rotated?.attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth']),
    )

    const sid = String(decodeJwtPayload(staff.token).sid)
    expect(decodeJwtPayload(response.body.accessToken).sid).toBe(sid)
    expect((await t.http().get(ME).set(bearer(response.body.accessToken))).status).toBe(200)

    const tokens = await t.db.select().from(refreshTokens).where(eq(refreshTokens.sessionId, sid))
    expect(tokens).toHaveLength(2)
    expect(tokens.filter((row) => row.usedAt === null)).toHaveLength(1)
  })

  it('answers 401 session-ended without a cookie or with an unknown one', async () => {
    expectProblem(await t.http().post(REFRESH), 401, '/problems/session-ended')
    expectProblem(
      await t.http().post(REFRESH).set('cookie', 'onestop_refresh=not-a-token-we-gave-out'),
      401,
      '/problems/session-ended',
    )
  })

  it('answers 401 for a refresh cookie past its expiry', async () => {
    const staff = await signedInUser(t)
    const sid = String(decodeJwtPayload(staff.token).sid)
    await t.db
      .update(refreshTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(refreshTokens.sessionId, sid))
    expectProblem(await t.http().post(REFRESH).set('cookie', staff.cookie), 401, '/problems/session-ended')
  })

  it('on reuse of a used cookie ends the whole session: the newest cookie and the access tokens fail', async () => {
    const staff = await signedInUser(t, { roles: ['case_manager'] })
    const sid = String(decodeJwtPayload(staff.token).sid)
    const first = await t.http().post(REFRESH).set('cookie', staff.cookie)
    expect(first.status).toBe(200)
    const newest = refreshCookieOf(first.headers)?.pair ?? ''

    const replay = await t.http().post(REFRESH).set('cookie', staff.cookie)
    expectProblem(replay, 401, '/problems/session-ended')
    expect(refreshCookieOf(replay.headers)).toBeUndefined()

    expectProblem(await t.http().post(REFRESH).set('cookie', newest), 401, '/problems/session-ended')
    expectProblem(await t.http().get(ME).set(staff.auth), 401, '/problems/session-ended')
    expectProblem(await t.http().get(ME).set(bearer(first.body.accessToken)), 401, '/problems/session-ended')

    expect(await sessionRow(sid)).toMatchObject({ revokedReason: 'refresh-token-reuse' })
    const [entry] = await auditRowsOf(t.db, 'auth.refresh', sid)
    expect(entry).toMatchObject({ outcome: 'failure', entityType: 'session' })
  })

  it('does not touch the same user’s other sessions when one is replayed', async () => {
    const staff = await signedInUser(t)
    const second = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: staff.user.email, password: TEST_PASSWORD })
    expect(second.status).toBe(200)
    await t.http().post(REFRESH).set('cookie', staff.cookie)
    await t.http().post(REFRESH).set('cookie', staff.cookie)
    expect((await t.http().get(ME).set(bearer(second.body.accessToken))).status).toBe(200)
  })
})

describe('POST /api/v1/auth/logout', () => {
  it('ends the session: its access token and refresh cookie stop working and the cookie is cleared', async () => {
    const staff = await signedInUser(t)
    const sid = String(decodeJwtPayload(staff.token).sid)
    const response = await t.http().post(LOGOUT).set('cookie', staff.cookie)

    expect(response.status).toBe(204)
    const cleared = refreshCookieOf(response.headers)
    expect(cleared?.value).toBe('')
    expect(cleared?.raw).toMatch(/Expires=Thu, 01 Jan 1970/)

    expectProblem(await t.http().get(ME).set(staff.auth), 401, '/problems/session-ended')
    expectProblem(await t.http().post(REFRESH).set('cookie', staff.cookie), 401, '/problems/session-ended')
    expect(await sessionRow(sid)).toMatchObject({ revokedReason: 'logout' })
    const [entry] = await auditRowsOf(t.db, 'auth.logout', sid)
    expect(entry).toMatchObject({ outcome: 'success', details: { userId: staff.user.id } })
  })

  it('answers 204 without a cookie and ends nothing', async () => {
    const staff = await signedInUser(t)
    expect((await t.http().post(LOGOUT)).status).toBe(204)
    expect((await t.http().post(LOGOUT).set('cookie', 'onestop_refresh=unknown')).status).toBe(204)
    expect((await t.http().get(ME).set(staff.auth)).status).toBe(200)
  })
})
