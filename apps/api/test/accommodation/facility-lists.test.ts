import type { Role } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { inOrganisationScope } from '../../src/db/organisation-scope.js'
import {
  ACCOMMODATION,
  accommodationCentre,
  createFacility,
  day,
} from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import type { Auth } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()

const outOfService = async (auth: Auth, bedId: string | undefined, from: string, until: string) => {
  const created = await t
    .http()
    .post(`${ACCOMMODATION}/beds/${bedId}/out-of-service`)
    .set(auth)
    .send({ from, until, reason: 'Remontas' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.id as string
}

describe("a facility's out-of-service periods in one request", () => {
  const pathOf = (facilityId: string) => `${ACCOMMODATION}/facilities/${facilityId}/out-of-service`

  it('lists the periods of every bed overlapping [from, to), by bed then earliest first', async () => {
    const c = await accommodationCentre(t, { bedCount: 3 })
    const [first, second, third] = c.bedIds
    const early = await outOfService(c.officer.auth, first, day(2), day(4))
    const late = await outOfService(c.officer.auth, first, day(10), day(12))
    const other = await outOfService(c.officer.auth, second, day(5), day(20))
    await outOfService(c.officer.auth, third, day(1), day(3)) // ends before the range: not listed
    // Another facility's period on the same days is not listed either.
    const elsewhere = await createFacility(t, c.officer.auth, c.siteId, { bedCount: 1 })
    await outOfService(c.officer.auth, elsewhere.rooms[0]?.beds[0]?.id, day(3), day(11))

    const list = await t
      .http()
      .get(pathOf(c.facility.id))
      .query({ from: day(3), to: day(11) })
      .set(c.officer.auth)
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    const items = list.body.items as { id: string; bedId: string; from: string; until: string }[]
    const byBed = [...c.bedIds].sort()
    const expected = [
      { id: early, bedId: first, from: day(2), until: day(4) },
      { id: late, bedId: first, from: day(10), until: day(12) },
      { id: other, bedId: second, from: day(5), until: day(20) },
    ].sort(
      (a, b) => byBed.indexOf(a.bedId ?? '') - byBed.indexOf(b.bedId ?? '') || a.from.localeCompare(b.from),
    )
    expect(items.map(({ id, bedId, from, until }) => ({ id, bedId, from, until }))).toEqual(expected)

    // The range is half-open: a period starting on `to` is not in it.
    const before = await t
      .http()
      .get(pathOf(c.facility.id))
      .query({ from: day(4), to: day(5) })
      .set(c.officer.auth)
    expect(before.body.items).toEqual([])
    // Either end may be left open.
    const open = await t
      .http()
      .get(pathOf(c.facility.id))
      .query({ from: day(11) })
      .set(c.officer.auth)
    expect(open.body.items.map((p: { id: string }) => p.id).sort()).toEqual([late, other].sort())
    const all = await t.http().get(pathOf(c.facility.id)).set(c.officer.auth)
    expect(all.body.items).toHaveLength(4)
  })

  it('refuses bad dates with 400 and names the field', async () => {
    const c = await accommodationCentre(t)
    const path = pathOf(c.facility.id)
    for (const query of [
      { from: day(5), to: day(5) },
      { from: day(5), to: day(4) },
      { from: 'vakar', to: day(4) },
      { from: day(5), to: '2027-02-30' },
    ]) {
      const response = await t.http().get(path).query(query).set(c.officer.auth)
      expectProblem(response, 400, '/problems/validation')
    }
    const reversed = await t
      .http()
      .get(path)
      .query({ from: day(5), to: day(4) })
      .set(c.officer.auth)
    expect(reversed.body.errors).toEqual([expect.objectContaining({ pointer: '/querystring/to' })])
  })

  it("answers 404 for an unknown facility or another organisation's", async () => {
    const c = await accommodationCentre(t)
    const other = await accommodationCentre(t)
    await outOfService(other.officer.auth, other.bedIds[0], day(1), day(9))
    for (const facilityId of [other.facility.id, '00000000-0000-4000-8000-000000000000'])
      expectProblem(
        await t
          .http()
          .get(pathOf(facilityId))
          .query({ from: day(1), to: day(9) })
          .set(c.officer.auth),
        404,
        '/problems/not-found',
      )
  })

  it('is for those who set up facilities only', async () => {
    const c = await accommodationCentre(t)
    for (const roles of [['specialist'], ['case_manager'], ['intake']] as Role[][]) {
      const user = await signedInUser(t, { organisationId: c.organisationId, roles })
      expectProblem(
        await t
          .http()
          .get(pathOf(c.facility.id))
          .query({ from: day(1), to: day(9) })
          .set(user.auth),
        403,
        '/problems/forbidden',
      )
    }
    for (const roles of [['admin'], ['coordinator']] as Role[][]) {
      const user = await signedInUser(t, { organisationId: c.organisationId, roles })
      const response = await t
        .http()
        .get(pathOf(c.facility.id))
        .query({ from: day(1), to: day(9) })
        .set(user.auth)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
  })
})

describe('facility names for every staff member', () => {
  const NAMES = `${ACCOMMODATION}/facility-names`

  it('lists id, name and kind by name for every role, and nothing of rooms, beds or people', async () => {
    const c = await accommodationCentre(t, { name: 'B prieglauda', kind: 'crisis_night_shelter' })
    const second = await createFacility(t, c.officer.auth, c.siteId, {
      name: 'A vaikų globa',
      kind: 'child_short_term_care',
    })
    const roles: Role[][] = [
      ['specialist'],
      ['case_manager'],
      ['intake'],
      ['accommodation_officer'],
      ['coordinator'],
      ['admin'],
    ]
    for (const role of roles) {
      const user = await signedInUser(t, { organisationId: c.organisationId, roles: role })
      const response = await t.http().get(NAMES).set(user.auth)
      expect(response.status, `${role}: ${JSON.stringify(response.body)}`).toBe(200)
      expect(response.body).toEqual({
        items: [
          { id: second.id, name: 'A vaikų globa', kind: 'child_short_term_care' },
          { id: c.facility.id, name: 'B prieglauda', kind: 'crisis_night_shelter' },
        ],
      })
      expect(response.text).not.toContain('Kambarys')
      expect(response.text).not.toContain('Lova')
    }
    expectProblem(await t.http().get(NAMES), 401, '/problems/unauthorized')
  })

  it('shows another organisation none of ours, through the route and row-level security', async () => {
    const ours = await accommodationCentre(t, { name: 'Mūsų prieglauda' })
    const theirs = await accommodationCentre(t, { name: 'Jų prieglauda' })
    const outsider = await signedInUser(t, { organisationId: theirs.organisationId, roles: ['specialist'] })
    const response = await t.http().get(NAMES).set(outsider.auth)
    expect(response.status).toBe(200)
    expect(response.body.items.map((f: { id: string }) => f.id)).toEqual([theirs.facility.id])
    expect(response.text).not.toContain('Mūsų prieglauda')
    // An unfiltered select as the other organisation sees none of our facilities.
    const seen = await inOrganisationScope(
      t.db,
      { id: outsider.user.id, organisationId: theirs.organisationId },
      (db) => queryRows<{ id: string }>(db, sql`select id from accommodation_facilities`),
    )
    expect(seen.map((row) => row.id)).toEqual([theirs.facility.id])
    expect(ours.facility.id).not.toBe(theirs.facility.id)
  })
})
