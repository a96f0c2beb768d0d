import type { Stay } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families } from '../../src/db/schema/index.js'
import {
  ACCOMMODATION,
  accommodationCentre,
  day,
  motherAndTwoChildren,
  place,
  placementBody,
} from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { addToCaseTeam } from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { type Auth, auditOf } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const STAYS = `${ACCOMMODATION}/stays`

/** A mother and two children in three beds for three stays running on: nine stays, three per check-in. */
async function busyFacility() {
  const c = await accommodationCentre(t, { bedCount: 3 })
  const family = await motherAndTwoChildren(t, c.coordinator.auth)
  for (const [checkIn, checkOut] of [
    [day(1), day(3)],
    [day(3), day(5)],
    [day(5), day(7)],
  ] as const)
    await place(
      t,
      c.officer.auth,
      placementBody(
        family.id,
        family.personIds.map((personId, i) => ({ personId, bedId: c.bedIds[i] ?? '' })),
        checkIn,
        checkOut,
      ),
    )
  return { c, family }
}

interface StayPage {
  items: Stay[]
  nextCursor: string | null
}

/** Every page of a list, following `nextCursor` (at most 20 pages, so a loop cannot run away). */
async function allPages(auth: Auth, query: Record<string, string | number>) {
  const pages: StayPage[] = []
  let cursor: string | null = null
  do {
    const pageQuery: Record<string, string | number> = { ...query, ...(cursor ? { cursor } : {}) }
    const response = await t.http().get(STAYS).query(pageQuery).set(auth)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const page = response.body as StayPage
    pages.push(page)
    cursor = page.nextCursor
  } while (cursor && pages.length < 20)
  return pages
}

const byCheckInThenId = (a: Stay, b: Stay) =>
  a.since === b.since ? (a.id < b.id ? -1 : 1) : a.since < b.since ? -1 : 1

describe('GET /api/v1/accommodation/stays, a page at a time', () => {
  it('pages through every stay exactly once, earliest check-in first and then by id', async () => {
    const { c } = await busyFacility()
    const query = { facilityId: c.facility.id, from: day(1), to: day(7) }
    const pages = await allPages(c.officer.auth, { ...query, limit: 2 })
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 2, 2, 1])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    const paged = pages.flatMap((page) => page.items)
    expect(new Set(paged.map((stay) => stay.id)).size).toBe(9)
    expect(paged).toEqual([...paged].sort(byCheckInThenId))
    const whole = await t.http().get(STAYS).query(query).set(c.officer.auth)
    expect(whole.body).toEqual({ items: paged, nextCursor: null })
  })

  it('keeps the window half-open: a stay checking out on `from` or in on `to` is not in it', async () => {
    const { c } = await busyFacility()
    const pages = await allPages(c.officer.auth, {
      facilityId: c.facility.id,
      from: day(3),
      to: day(5),
      limit: 1,
    })
    const stays = pages.flatMap((page) => page.items)
    expect(stays.map((stay) => [stay.since, stay.checkOut])).toEqual([
      [day(3), day(5)],
      [day(3), day(5)],
      [day(3), day(5)],
    ])
  })

  it('audits every page with the stays it showed', async () => {
    const { c } = await busyFacility()
    const pages = await allPages(c.officer.auth, { facilityId: c.facility.id, limit: 4 })
    const audited = (await auditOf(t.db, c.officer.user.id, 'stay.list')).flatMap(
      (entry) => (entry.details as { stays: string[] }).stays,
    )
    expect(audited).toEqual(pages.flatMap((page) => page.items.map((stay) => stay.id)))
  })

  it('pages a family for a team member without telling where, on every page', async () => {
    const { c, family } = await busyFacility()
    const caseManager = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    const teamMember = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    await t.db.execute(
      sql`update ${families} set case_manager_id = ${caseManager.user.id} where id = ${family.id}`,
    )
    await addToCaseTeam(t.db, family.id, teamMember.user.id)
    const pages = await allPages(teamMember.auth, { familyId: family.id, limit: 4 })
    const stays = pages.flatMap((page) => page.items)
    expect(stays).toHaveLength(9)
    for (const stay of stays)
      expect(stay).toMatchObject({
        visibility: 'limited',
        checkOut: null,
        facilityId: null,
        roomId: null,
        bedId: null,
      })
    const text = JSON.stringify(pages)
    for (const secret of [c.facility.id, c.facility.name, ...c.bedIds]) expect(text).not.toContain(secret)
  })

  it.each([
    ['not base64 JSON', 'bm90LWEtY3Vyc29y'],
    ['a day that does not exist', Buffer.from(JSON.stringify({ k: '2027-02-30', id: crypto.randomUUID() }))],
    ['not a day', Buffer.from(JSON.stringify({ k: 'yesterday', id: crypto.randomUUID() }))],
    ['no id', Buffer.from(JSON.stringify({ k: '2027-02-01' }))],
  ])('refuses a cursor it did not give out (%s) with 400', async (_, value) => {
    const c = await accommodationCentre(t, { bedCount: 1 })
    const cursor = typeof value === 'string' ? value : value.toString('base64url')
    const response = await t.http().get(STAYS).query({ cursor }).set(c.officer.auth)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expectValidationProblem(response, ['/querystring/cursor'])
  })

  it.each([
    [{ limit: 501 }, '/querystring/limit'],
    [{ limit: 0 }, '/querystring/limit'],
    [{ from: day(5), to: day(5) }, '/querystring/to'],
    [{ from: day(5), to: day(2) }, '/querystring/to'],
  ])('refuses %o with 400', async (query, pointer) => {
    const c = await accommodationCentre(t, { bedCount: 1 })
    expectValidationProblem(await t.http().get(STAYS).query(query).set(c.officer.auth), [pointer])
  })

  it('takes the largest page, 500', async () => {
    const c = await accommodationCentre(t, { bedCount: 1 })
    const response = await t.http().get(STAYS).query({ limit: 500 }).set(c.officer.auth)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ items: [], nextCursor: null })
  })

  it('still refuses a family stranger before reading a cursor', async () => {
    const { c, family } = await busyFacility()
    const stranger = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    expectProblem(
      await t.http().get(STAYS).query({ familyId: family.id, cursor: 'x' }).set(stranger.auth),
      404,
      '/problems/not-found',
    )
  })
})
