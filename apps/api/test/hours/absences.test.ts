import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { absences } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createOrganisation, signedInUser } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { absencesPath } from './support.js'

const t = useTestApp()
type Staff = Awaited<ReturnType<typeof signedInUser>>
let admin: Staff
let coordinator: Staff
let specialist: Staff
let colleague: Staff
let outsider: Staff

beforeAll(async () => {
  const orgId = (await createOrganisation(t.db)).id
  admin = await signedInUser(t, { roles: ['admin'], organisationId: orgId })
  coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId: orgId })
  specialist = await signedInUser(t, { roles: ['specialist'], organisationId: orgId })
  colleague = await signedInUser(t, { roles: ['specialist'], organisationId: orgId })
  outsider = await signedInUser(t, { roles: ['admin'] })
})

const leave = (overrides: Record<string, unknown> = {}) => ({
  kind: 'leave',
  startsAt: '2026-12-21T00:00:00+02:00',
  endsAt: '2027-01-04T00:00:00+02:00',
  note: 'Kasmetinės atostogos',
  ...overrides,
})
const post = (who: Staff, userId: string, body: Record<string, unknown> = leave()) =>
  t.http().post(absencesPath(userId)).set(who.auth).send(body)
const rowsOf = (userId: string) => t.db.select().from(absences).where(eq(absences.userId, userId))

describe('POST /api/v1/staff/:userId/absences', () => {
  it('records an absence for a coordinator, with Location and an audit entry', async () => {
    const response = await post(coordinator, specialist.user.id)
    expect(response.status).toBe(201)
    expect(response.headers.location).toBe(`${absencesPath(specialist.user.id)}/${response.body.id}`)
    expect(response.body).toMatchObject({
      userId: specialist.user.id,
      kind: 'leave',
      startsAt: '2026-12-20T22:00:00.000Z',
      endsAt: '2027-01-03T22:00:00.000Z',
      note: 'Kasmetinės atostogos',
      createdBy: { id: coordinator.user.id, name: coordinator.user.name },
    })
    expect(await auditRowsOf(t.db, 'absence.create', response.body.id)).toHaveLength(1)
  })

  it.each([
    ['an end before the start', leave({ endsAt: '2026-12-20T00:00:00+02:00' }), ['/endsAt']],
    ['an end equal to the start', leave({ endsAt: '2026-12-21T00:00:00+02:00' }), ['/endsAt']],
    ['an unknown kind', leave({ kind: 'holiday' }), ['/kind']],
    ['a start that is no time', leave({ startsAt: 'tomorrow' }), ['/startsAt']],
  ])('refuses %s with 400 and records nothing', async (_, body, pointers) => {
    const before = await rowsOf(colleague.user.id)
    expectValidationProblem(await post(admin, colleague.user.id, body), pointers)
    expect(await rowsOf(colleague.user.id)).toEqual(before)
  })

  it('refuses the staff member themself with 403 and another organisation with 404', async () => {
    expectProblem(await post(specialist, specialist.user.id), 403, '/problems/forbidden')
    expectProblem(await post(admin, outsider.user.id), 404, '/problems/not-found')
    expect(await rowsOf(outsider.user.id)).toEqual([])
  })
})

describe('GET /api/v1/staff/:userId/absences', () => {
  it('lists latest first to the staff member and the coordinator, audited, and pages', async () => {
    const user = colleague.user.id
    await post(admin, user, leave({ startsAt: '2026-03-01T08:00:00Z', endsAt: '2026-03-02T08:00:00Z' }))
    await post(
      admin,
      user,
      leave({ kind: 'sickness', startsAt: '2026-04-01T08:00:00Z', endsAt: '2026-04-03T08:00:00Z' }),
    )
    const mine = await t.http().get(absencesPath(user)).set(colleague.auth)
    expect(mine.status).toBe(200)
    expect(mine.body.items.map((a: { kind: string }) => a.kind)).toEqual(['sickness', 'leave'])
    const page = await t.http().get(absencesPath(user)).set(coordinator.auth).query({ limit: 1 })
    expect(page.body.items).toHaveLength(1)
    const next = await t
      .http()
      .get(absencesPath(user))
      .set(coordinator.auth)
      .query({ limit: 1, cursor: page.body.nextCursor })
    expect(next.body.items.map((a: { kind: string }) => a.kind)).toEqual(['leave'])
    const later = await t
      .http()
      .get(absencesPath(user))
      .set(admin.auth)
      .query({ from: '2026-03-15T00:00:00Z' })
    expect(later.body.items.map((a: { kind: string }) => a.kind)).toEqual(['sickness'])
    const reads = await auditRowsOf(t.db, 'absence.list', user)
    expect(reads.map((r) => r.actorId)).toEqual(
      expect.arrayContaining([colleague.user.id, coordinator.user.id, admin.user.id]),
    )
  })

  it("refuses a colleague's absences with 403 and another organisation's with 404", async () => {
    expectProblem(
      await t.http().get(absencesPath(specialist.user.id)).set(colleague.auth),
      403,
      '/problems/forbidden',
    )
    expectProblem(
      await t.http().get(absencesPath(outsider.user.id)).set(admin.auth),
      404,
      '/problems/not-found',
    )
  })
})

describe('DELETE /api/v1/staff/:userId/absences/:absenceId', () => {
  it('removes an absence, audited; a second delete is 404', async () => {
    const created = await post(admin, specialist.user.id)
    const path = `${absencesPath(specialist.user.id)}/${created.body.id}`
    expect((await t.http().delete(path).set(coordinator.auth)).status).toBe(204)
    expect((await rowsOf(specialist.user.id)).some((r) => r.id === created.body.id)).toBe(false)
    expect(await auditRowsOf(t.db, 'absence.delete', created.body.id)).toHaveLength(1)
    expectProblem(await t.http().delete(path).set(coordinator.auth), 404, '/problems/not-found')
  })

  it('refuses the staff member with 403, another organisation with 404, and an absence of someone else with 404', async () => {
    const created = await post(admin, specialist.user.id)
    const path = `${absencesPath(specialist.user.id)}/${created.body.id}`
    expectProblem(await t.http().delete(path).set(specialist.auth), 403, '/problems/forbidden')
    expectProblem(await t.http().delete(path).set(outsider.auth), 404, '/problems/not-found')
    expectProblem(
      await t
        .http()
        .delete(`${absencesPath(colleague.user.id)}/${created.body.id}`)
        .set(admin.auth),
      404,
      '/problems/not-found',
    )
    expect((await rowsOf(specialist.user.id)).some((r) => r.id === created.body.id)).toBe(true)
  })
})
