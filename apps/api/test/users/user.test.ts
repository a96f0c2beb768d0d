import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/modules/auth/passwords.js'
import { useTestApp } from '../support/app.js'
import {
  auditRowsOf,
  createUser,
  findUser,
  sessionsOf,
  signedInUser,
  signIn,
  TEST_PASSWORD,
} from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const ME = '/api/v1/auth/me'
const userUrl = (id: string) => `/api/v1/users/${id}`

/** An admin and a signed-in colleague of the same organisation. */
async function adminAndColleague(roles: ('coordinator' | 'intake' | 'specialist')[] = ['intake']) {
  const admin = await signedInUser(t)
  const colleague = await signedInUser(t, { roles, organisationId: admin.user.organisationId })
  return { admin, colleague }
}

describe('GET /api/v1/users/:userId', () => {
  it('answers the user and records the read', async () => {
    const { admin, colleague } = await adminAndColleague()
    const response = await t.http().get(userUrl(colleague.user.id)).set(admin.auth)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      id: colleague.user.id,
      email: colleague.user.email,
      roles: ['intake'],
      organisationId: admin.user.organisationId,
    })
    const [entry] = await auditRowsOf(t.db, 'user.read', colleague.user.id)
    expect(entry).toMatchObject({ actorId: admin.user.id, entityType: 'user', outcome: 'success' })
  })

  it("answers 404 for another organisation's user, as for one that does not exist", async () => {
    const admin = await signedInUser(t)
    const stranger = await createUser(t.db)
    expectProblem(await t.http().get(userUrl(stranger.id)).set(admin.auth), 404, '/problems/not-found')
    expectProblem(await t.http().get(userUrl(randomUUID())).set(admin.auth), 404, '/problems/not-found')
    expect(await auditRowsOf(t.db, 'user.read', stranger.id)).toHaveLength(0)
  })

  it('refuses an id that is not a UUID with 400', async () => {
    const admin = await signedInUser(t)
    expectValidationProblem(await t.http().get(userUrl('42')).set(admin.auth), ['/params/userId'])
  })
})

describe('PATCH /api/v1/users/:userId', () => {
  it('changes the name and roles', async () => {
    const { admin, colleague } = await adminAndColleague()
    const response = await t
      .http()
      .patch(userUrl(colleague.user.id))
      .set(admin.auth)
      .send({ name: 'Jonas Jonaitis', roles: ['coordinator', 'case_manager'] })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ name: 'Jonas Jonaitis', roles: ['coordinator', 'case_manager'] })
    expect(await findUser(t.db, colleague.user.id)).toMatchObject({
      name: 'Jonas Jonaitis',
      roles: ['coordinator', 'case_manager'],
    })
    const [entry] = await auditRowsOf(t.db, 'user.update', colleague.user.id)
    expect(entry?.details).toMatchObject({ fields: ['name', 'roles'] })
  })

  // New roles may need two-factor sign-in or remove rights, so sessions start over.
  it("ends the user's sessions when their roles change", async () => {
    const { admin, colleague } = await adminAndColleague(['coordinator'])
    const response = await t
      .http()
      .patch(userUrl(colleague.user.id))
      .set(admin.auth)
      .send({ roles: ['admin'] })
    expect(response.status).toBe(200)
    expectProblem(await t.http().get(ME).set(colleague.auth), 401, '/problems/session-ended')
  })

  it('deactivates a user: sessions end and the action is audited as user.deactivate', async () => {
    const { admin, colleague } = await adminAndColleague()
    const response = await t.http().patch(userUrl(colleague.user.id)).set(admin.auth).send({ active: false })
    expect(response.status).toBe(200)
    expectProblem(await t.http().get(ME).set(colleague.auth), 401, '/problems/session-ended')
    const [entry] = await auditRowsOf(t.db, 'user.deactivate', colleague.user.id)
    expect(entry).toMatchObject({ actorId: admin.user.id, details: { endedSessions: 1 } })

    const reactivated = await t
      .http()
      .patch(userUrl(colleague.user.id))
      .set(admin.auth)
      .send({ active: true })
    expect(reactivated.body.active).toBe(true)
    expect((await signIn(t, colleague.user.email)).token).toBeTruthy()
  })

  it('refuses an empty body with 400', async () => {
    const { admin, colleague } = await adminAndColleague()
    const response = await t.http().patch(userUrl(colleague.user.id)).set(admin.auth).send({})
    expectProblem(response, 400, '/problems/validation')
  })

  it('refuses a property that cannot be edited with 400', async () => {
    const { admin, colleague } = await adminAndColleague()
    const response = await t
      .http()
      .patch(userUrl(colleague.user.id))
      .set(admin.auth)
      .send({ organisationId: randomUUID() })
    expectValidationProblem(response, ['/organisationId'])
    expect((await findUser(t.db, colleague.user.id))?.organisationId).toBe(admin.user.organisationId)
  })

  it('refuses to let an admin deactivate themselves or drop their own admin role with 409', async () => {
    const admin = await signedInUser(t)
    const deactivate = await t.http().patch(userUrl(admin.user.id)).set(admin.auth).send({ active: false })
    expectProblem(deactivate, 409, '/problems/self-lockout')
    const demote = await t
      .http()
      .patch(userUrl(admin.user.id))
      .set(admin.auth)
      .send({ roles: ['intake'] })
    expectProblem(demote, 409, '/problems/self-lockout')
    expect(await findUser(t.db, admin.user.id)).toMatchObject({ active: true, roles: ['admin'] })
    expect((await t.http().get(ME).set(admin.auth)).status).toBe(200)
  })

  it('refuses an e-mail another user has, in any letter case, with 409', async () => {
    const { admin, colleague } = await adminAndColleague()
    const other = await createUser(t.db)
    const response = await t
      .http()
      .patch(userUrl(colleague.user.id))
      .set(admin.auth)
      .send({ email: other.email.toUpperCase() })
    expectProblem(response, 409, '/problems/email-taken')
    expect((await findUser(t.db, colleague.user.id))?.email).toBe(colleague.user.email)
  })

  it("answers 404 for another organisation's user and changes nothing", async () => {
    const admin = await signedInUser(t)
    const stranger = await createUser(t.db, { roles: ['intake'] })
    const response = await t.http().patch(userUrl(stranger.id)).set(admin.auth).send({ active: false })
    expectProblem(response, 404, '/problems/not-found')
    expect((await findUser(t.db, stranger.id))?.active).toBe(true)
  })
})

describe('PUT /api/v1/users/:userId/password', () => {
  const NEW = 'vejas-puciantis-per-marias'

  it("sets the password, ends the user's sessions and clears a sign-in lock", async () => {
    const { admin, colleague } = await adminAndColleague()
    for (let i = 0; i < 5; i++)
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: colleague.user.email, password: `wrong-${i}-pass` })
    expect((await findUser(t.db, colleague.user.id))?.lockedUntil).not.toBeNull()

    const response = await t
      .http()
      .put(`${userUrl(colleague.user.id)}/password`)
      .set(admin.auth)
      .send({ password: NEW })
    expect(response.status).toBe(204)

    const row = await findUser(t.db, colleague.user.id)
    expect(row).toMatchObject({ failedLoginCount: 0, lockedUntil: null })
    expect(await verifyPassword(row?.passwordHash ?? '', NEW)).toBe(true)
    expectProblem(await t.http().get(ME).set(colleague.auth), 401, '/problems/session-ended')
    expect((await signIn(t, colleague.user.email, NEW)).token).toBeTruthy()
    expect(await auditRowsOf(t.db, 'user.password.reset', colleague.user.id)).toHaveLength(1)
  })

  it('refuses a weak password with 400 pointing at /password', async () => {
    const { admin, colleague } = await adminAndColleague()
    const response = await t
      .http()
      .put(`${userUrl(colleague.user.id)}/password`)
      .set(admin.auth)
      .send({ password: 'passwordpassword' })
    expectValidationProblem(response, ['/password'])
    expect((await t.http().get(ME).set(colleague.auth)).status).toBe(200)
    const row = await findUser(t.db, colleague.user.id)
    expect(await verifyPassword(row?.passwordHash ?? '', TEST_PASSWORD)).toBe(true)
  })

  it("answers 404 for another organisation's user", async () => {
    const admin = await signedInUser(t)
    const stranger = await createUser(t.db)
    const response = await t
      .http()
      .put(`${userUrl(stranger.id)}/password`)
      .set(admin.auth)
      .send({ password: NEW })
    expectProblem(response, 404, '/problems/not-found')
  })
})

describe('DELETE /api/v1/users/:userId/sessions', () => {
  it('ends every session of the user at once, tokens and refresh cookies alike', async () => {
    const { admin, colleague } = await adminAndColleague()
    const second = await signIn(t, colleague.user.email)

    const response = await t
      .http()
      .delete(`${userUrl(colleague.user.id)}/sessions`)
      .set(admin.auth)
    expect(response.status).toBe(204)

    expectProblem(await t.http().get(ME).set(colleague.auth), 401, '/problems/session-ended')
    expectProblem(
      await t
        .http()
        .get(ME)
        .set({ authorization: `Bearer ${second.token}` }),
      401,
      '/problems/session-ended',
    )
    expectProblem(
      await t.http().post('/api/v1/auth/refresh').set('cookie', second.cookie),
      401,
      '/problems/session-ended',
    )
    const rows = await sessionsOf(t.db, colleague.user.id)
    expect(rows.map((s) => s.revokedReason)).toEqual(['ended-by-admin', 'ended-by-admin'])
    const [entry] = await auditRowsOf(t.db, 'user.sessions.end', colleague.user.id)
    expect(entry?.details).toMatchObject({ endedSessions: 2 })
    expect((await t.http().get(ME).set(admin.auth)).status).toBe(200)
  })

  it("answers 404 for another organisation's user and ends nothing", async () => {
    const admin = await signedInUser(t)
    const stranger = await signedInUser(t)
    const response = await t
      .http()
      .delete(`${userUrl(stranger.user.id)}/sessions`)
      .set(admin.auth)
    expectProblem(response, 404, '/problems/not-found')
    expect((await t.http().get(ME).set(stranger.auth)).status).toBe(200)
  })
})
