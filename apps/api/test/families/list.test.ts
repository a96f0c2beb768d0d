import type { Family } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createUser, signedInUser } from '../support/factories.js'
import {
  type Auth,
  auditOf,
  FAMILIES,
  familyPath,
  intakeFamily,
  memberBody,
  membersOf,
  uniqueName,
} from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

async function listIds(auth: Auth, query: Record<string, string | number> = {}) {
  const response = await t
    .http()
    .get(FAMILIES)
    .query({ limit: 100, ...query })
    .set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return (response.body.items as Family[]).map((f) => f.id).sort()
}

const sorted = (...ids: string[]) => [...ids].sort()

describe('GET /api/v1/families', () => {
  it('lists only the families the caller may see', async () => {
    const coordinator = await signedInUser(t, { roles: ['coordinator'] })
    const org = coordinator.user.organisationId
    const managerA = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
    const managerB = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
    const specialist = await signedInUser(t, { organisationId: org, roles: ['specialist'] })
    const stranger = await signedInUser(t, { roles: ['admin'] })
    const a = await intakeFamily(t, managerA.auth)
    const b = await intakeFamily(t, managerB.auth)

    expect(await listIds(managerA.auth)).toEqual([a.id])
    expect(await listIds(managerB.auth)).toEqual([b.id])
    expect(await listIds(coordinator.auth)).toEqual(sorted(a.id, b.id))
    expect(await listIds(specialist.auth)).toEqual([])
    expect(await listIds(stranger.auth)).toEqual([])
    // Asking for another case manager's families by filter does not widen what one sees.
    expect(await listIds(managerA.auth, { caseManagerId: managerB.user.id })).toEqual([])
  })

  it('filters by status, case manager, municipality and risk factor', async () => {
    const admin = await signedInUser(t)
    const org = admin.user.organisationId
    const manager = await createUser(t.db, { organisationId: org, roles: ['case_manager'] })
    const plain = await intakeFamily(t, admin.auth, {
      municipality: 'Kretingos rajono savivaldybė',
      riskFactors: ['dependence'],
    })
    const managed = await intakeFamily(t, admin.auth, {
      caseManagerId: manager.id,
      riskFactors: ['dependence', 'mental_health'],
    })
    const active = await intakeFamily(t, admin.auth, { riskFactors: ['poverty_and_homelessness'] })
    const moved = await t
      .http()
      .post(`${familyPath(active.id)}/status`)
      .set(admin.auth)
      .set('if-match', '"1"')
      .send({ status: 'active' })
    expect(moved.status).toBe(200)

    expect(await listIds(admin.auth)).toEqual(sorted(plain.id, managed.id, active.id))
    expect(await listIds(admin.auth, { status: 'active' })).toEqual([active.id])
    expect(await listIds(admin.auth, { status: 'intake' })).toEqual(sorted(plain.id, managed.id))
    expect(await listIds(admin.auth, { status: 'closed' })).toEqual([])
    expect(await listIds(admin.auth, { caseManagerId: manager.id })).toEqual([managed.id])
    expect(await listIds(admin.auth, { municipality: 'Kretingos rajono savivaldybė' })).toEqual([plain.id])
    expect(await listIds(admin.auth, { riskFactor: 'dependence' })).toEqual(sorted(plain.id, managed.id))
    expect(await listIds(admin.auth, { riskFactor: 'mental_health' })).toEqual([managed.id])
    expect(await listIds(admin.auth, { riskFactor: 'dependence', status: 'active' })).toEqual([])
  })

  it('filters by the Vilnius day the family was opened, both ends inclusive', async () => {
    const admin = await signedInUser(t)
    const [early, dayStart, dayEnd, late] = [
      await intakeFamily(t, admin.auth),
      await intakeFamily(t, admin.auth),
      await intakeFamily(t, admin.auth),
      await intakeFamily(t, admin.auth),
    ]
    // Vilnius is UTC+2 in early March: 22:30 UTC on the 9th is 00:30 on the 10th there.
    const openedAt: [Family | undefined, string][] = [
      [early, '2024-03-09T21:30:00Z'],
      [dayStart, '2024-03-09T22:30:00Z'],
      [dayEnd, '2024-03-11T21:30:00Z'],
      [late, '2024-03-11T22:30:00Z'],
    ]
    for (const [family, at] of openedAt)
      await t.db
        .update(families)
        .set({ openedAt: new Date(at) })
        .where(eq(families.id, family?.id ?? ''))
    const ids = (...fs: (Family | undefined)[]) => sorted(...fs.map((f) => f?.id ?? ''))

    expect(await listIds(admin.auth, { openedFrom: '2024-03-10', openedTo: '2024-03-11' })).toEqual(
      ids(dayStart, dayEnd),
    )
    expect(await listIds(admin.auth, { openedFrom: '2024-03-10' })).toEqual(ids(dayStart, dayEnd, late))
    expect(await listIds(admin.auth, { openedTo: '2024-03-09' })).toEqual(ids(early))
  })

  it("finds a family by a current member's given or family name, case-insensitively, and by reference code", async () => {
    const admin = await signedInUser(t)
    const surname = uniqueName()
    const given = uniqueName()
    const bySurname = await intakeFamily(t, admin.auth, {
      members: [memberBody({ familyName: `${surname}ienė` })],
    })
    const byGiven = await intakeFamily(t, admin.auth, { members: [memberBody({ givenName: given })] })
    const other = await intakeFamily(t, admin.auth)

    expect(await listIds(admin.auth, { q: surname.toUpperCase() })).toEqual([bySurname.id])
    expect(await listIds(admin.auth, { q: surname.toLowerCase().slice(2) })).toEqual([bySurname.id])
    expect(await listIds(admin.auth, { q: given.toLowerCase() })).toEqual([byGiven.id])
    expect(await listIds(admin.auth, { q: other.referenceCode })).toEqual([other.id])
    expect(await listIds(admin.auth, { q: other.referenceCode.toLowerCase() })).toEqual([other.id])
    expect(await listIds(admin.auth, { q: '%' })).toEqual([])
  })

  it('no longer finds a family by the name of a member who moved out', async () => {
    const admin = await signedInUser(t)
    const surname = uniqueName()
    const from = await intakeFamily(t, admin.auth, { members: [memberBody({ familyName: surname })] })
    const to = await intakeFamily(t, admin.auth, { members: [] })
    const [member] = await membersOf(t, admin.auth, from.id)
    const moved = await t
      .http()
      .post(`${familyPath(from.id)}/members/${member?.id}/move`)
      .set(admin.auth)
      .send({ toFamilyId: to.id })
    expect(moved.status).toBe(200)
    expect(await listIds(admin.auth, { q: surname })).toEqual([to.id])
  })

  it('pages newest first with a cursor: pages do not overlap and together hold every family', async () => {
    const admin = await signedInUser(t)
    const created: string[] = []
    for (let i = 0; i < 7; i++) created.push((await intakeFamily(t, admin.auth)).id)
    const seen: string[] = []
    const pages: number[] = []
    let cursor: string | null = null
    do {
      const query: Record<string, string | number> = { limit: 3, ...(cursor ? { cursor } : {}) }
      const response = await t.http().get(FAMILIES).query(query).set(admin.auth)
      expect(response.status).toBe(200)
      const items = response.body.items as Family[]
      pages.push(items.length)
      seen.push(...items.map((f) => f.id))
      cursor = response.body.nextCursor
    } while (cursor && pages.length < 10)
    expect(pages).toEqual([3, 3, 1])
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toEqual([...created].reverse())
  })

  it('records family.list in the audit log with the ids it showed', async () => {
    const admin = await signedInUser(t)
    const family = await intakeFamily(t, admin.auth)
    await listIds(admin.auth, { status: 'intake' })
    const [row] = await auditOf(t.db, admin.user.id, 'family.list')
    expect(row?.details).toMatchObject({ families: [family.id], filters: { status: 'intake' } })
  })

  it.each([
    [{ status: 'open' }, '/querystring/status'],
    [{ limit: 0 }, '/querystring/limit'],
    [{ limit: 101 }, '/querystring/limit'],
    [{ riskFactor: 'witchcraft' }, '/querystring/riskFactor'],
    [{ openedFrom: '2024-02-30' }, '/querystring/openedFrom'],
    [{ caseManagerId: 'me' }, '/querystring/caseManagerId'],
    [{ q: 'x'.repeat(101) }, '/querystring/q'],
    [{ sort: 'name' }, '/querystring/sort'],
  ])('refuses %o with 400', async (query, pointer) => {
    const admin = await signedInUser(t)
    expectValidationProblem(await t.http().get(FAMILIES).query(query).set(admin.auth), [pointer])
  })

  it('refuses a cursor it did not give out', async () => {
    const admin = await signedInUser(t)
    const response = await t.http().get(FAMILIES).query({ cursor: 'bm90LWEtY3Vyc29y' }).set(admin.auth)
    expectProblem(response, 400, '/problems/validation')
  })

  it('answers 401 without a token', async () => {
    expectProblem(await t.http().get(FAMILIES), 401, '/problems/unauthorized')
  })
})
