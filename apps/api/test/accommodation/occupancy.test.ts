import type { Occupancy, Stay } from '@onestop/contracts'
import { todayInVilnius } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families } from '../../src/db/schema/index.js'
import {
  ACCOMMODATION,
  type AccommodationCentre,
  accommodationCentre,
  bedIdsOf,
  createFacility,
  day,
  place,
  placementBody,
  singleAdult,
  stayPath,
} from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { addToCaseTeam } from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { auditOf } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()
const OCCUPANCY = `${ACCOMMODATION}/occupancy`
const NIGHTS = `${ACCOMMODATION}/nights`
const residentsPath = (facilityId: string) => `${ACCOMMODATION}/facilities/${facilityId}/residents`

/** A single adult placed in a bed for [from, until). */
async function stayOf(c: AccommodationCentre, bedId: string, from: string, until: string): Promise<Stay> {
  const family = await singleAdult(t, c.coordinator.auth)
  const placement = await place(
    t,
    c.officer.auth,
    placementBody(family.id, [{ personId: family.personIds[0] ?? '', bedId }], from, until),
  )
  const stay = placement.stays[0]
  if (!stay) throw new Error('no stay')
  return stay
}

async function act(c: AccommodationCentre, stayId: string, action: string, body: object = {}) {
  const response = await t
    .http()
    .post(`${stayPath(stayId)}/${action}`)
    .set(c.officer.auth)
    .send(body)
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
  return response.body as Stay
}

async function occupancy(c: AccommodationCentre, facilityId: string, from: string, to: string) {
  const response = await t.http().get(OCCUPANCY).query({ facilityId, from, to }).set(c.officer.auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as Occupancy
}

/** Three beds: A checked in 1–3 and out on the 3rd, B checked in 2–5, C planned 3–5, bed 3 out 1–3. */
async function smallHouse() {
  const c = await accommodationCentre(t, { bedCount: 3 })
  const [bed1 = '', bed2 = '', bed3 = ''] = c.bedIds
  const a = await stayOf(c, bed1, day(1), day(8))
  await act(c, a.id, 'check-in')
  await act(c, a.id, 'check-out', { on: day(3) })
  const b = await stayOf(c, bed2, day(2), day(5))
  await act(c, b.id, 'check-in')
  await stayOf(c, bed3, day(3), day(5))
  const cancelled = await stayOf(c, bed1, day(4), day(6))
  await act(c, cancelled.id, 'cancel', { reason: 'Neatvyko.' })
  const oos = await t
    .http()
    .post(`${ACCOMMODATION}/beds/${bed3}/out-of-service`)
    .set(c.officer.auth)
    .send({ from: day(1), until: day(3), reason: 'Remontas' })
  expect(oos.status).toBe(201)
  return c
}

describe('GET /api/v1/accommodation/occupancy', () => {
  it('counts beds, in service, occupied, reserved and free per night', async () => {
    const c = await smallHouse()
    const result = await occupancy(c, c.facility.id, day(1), day(6))
    const figures = result.days.map((d) => [
      d.date,
      d.beds,
      d.inService,
      d.occupied,
      d.reserved,
      d.free,
      d.occupancyRate,
    ])
    expect(figures).toEqual([
      [day(1), 3, 2, 1, 0, 1, 0.5],
      [day(2), 3, 2, 2, 0, 0, 1],
      [day(3), 3, 3, 1, 1, 1, 0.3333],
      [day(4), 3, 3, 1, 1, 1, 0.3333],
      [day(5), 3, 3, 0, 0, 3, 0],
    ])
    expect(result).toMatchObject({ staysEnded: 1, averageLengthOfStay: 2, from: day(1), to: day(6) })
  })

  it('never shows fewer than zero free beds, and no rate without a bed in service', async () => {
    const c = await accommodationCentre(t, { bedCount: 1 })
    const bed = c.bedIds[0] ?? ''
    const stay = await stayOf(c, bed, day(1), day(3))
    await act(c, stay.id, 'check-in')
    await t.db.execute(sql`update beds set active = false where id = ${bed}`)
    const result = await occupancy(c, c.facility.id, day(1), day(2))
    expect(result.days).toEqual([
      {
        date: day(1),
        beds: 1,
        inService: 0,
        occupied: 1,
        reserved: 0,
        free: 0,
        occupancyRate: null,
      },
    ])
  })

  it('averages the length of stays ended in the range, a moved stay counted from its first night', async () => {
    const c = await accommodationCentre(t, { bedCount: 3 })
    const [bed1 = '', bed2 = '', bed3 = ''] = c.bedIds
    const moved = await stayOf(c, bed1, day(1), day(9))
    await act(c, moved.id, 'check-in')
    const continued = await act(c, moved.id, 'move', { bedId: bed2, on: day(4) })
    await act(c, continued.id, 'check-out', { on: day(6) })
    const short = await stayOf(c, bed3, day(2), day(5))
    await act(c, short.id, 'check-in')
    await act(c, short.id, 'check-out', { on: day(5) })
    const current = await stayOf(c, bed3, day(6), day(9))
    await act(c, current.id, 'check-in')

    expect(await occupancy(c, c.facility.id, day(1), day(10))).toMatchObject({
      staysEnded: 2,
      averageLengthOfStay: 4,
    })
    // The short stay's last night is the 4th: it ended before a range from the 5th.
    expect(await occupancy(c, c.facility.id, day(5), day(10))).toMatchObject({
      staysEnded: 1,
      averageLengthOfStay: 5,
    })
    expect(await occupancy(c, c.facility.id, day(6), day(10))).toMatchObject({
      staysEnded: 0,
      averageLengthOfStay: null,
    })
  })

  it('refuses bad ranges and facilities it may not know', async () => {
    const c = await accommodationCentre(t)
    const other = await accommodationCentre(t)
    const query = (q: object) => t.http().get(OCCUPANCY).query(q).set(c.officer.auth)
    const id = c.facility.id
    expectProblem(await query({ facilityId: id, from: day(5), to: day(3) }), 400, '/problems/validation')
    expectProblem(await query({ facilityId: id, from: day(5), to: day(5) }), 400, '/problems/validation')
    const long = expectProblem(
      await query({ facilityId: id, from: '2027-01-01', to: '2028-01-03' }),
      400,
      '/problems/validation',
    )
    expect(long.errors?.[0]?.pointer).toBe('/querystring/to')
    expect((await query({ facilityId: id, from: '2027-01-01', to: '2028-01-02' })).status).toBe(200)
    expectProblem(await query({ facilityId: id, from: 'soon', to: day(3) }), 400, '/problems/validation')
    expectProblem(
      await query({ facilityId: other.facility.id, from: day(1), to: day(3) }),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await query({ facilityId: '00000000-0000-4000-8000-000000000000', from: day(1), to: day(3) }),
      404,
      '/problems/not-found',
    )
  })

  it('shows counts to every staff member, names to none of them', async () => {
    const c = await smallHouse()
    const specialist = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    const response = await t
      .http()
      .get(OCCUPANCY)
      .query({ facilityId: c.facility.id, from: day(1), to: day(3) })
      .set(specialist.auth)
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body)).not.toMatch(/Lova|Kambarys|given|name/i)
  })
})

/** YYYY-MM-DD `n` days from `date`. */
const shift = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

describe('GET /api/v1/accommodation/facilities/{id}/residents', () => {
  it('lists who sleeps in the house tonight by room and bed, for managers of stays only', async () => {
    const c = await accommodationCentre(t, { bedCount: 4 })
    const [bed1 = '', bed2 = '', bed3 = '', bed4 = ''] = c.bedIds
    const today = todayInVilnius()
    const here = await stayOf(c, bed2, shift(today, -2), shift(today, 3))
    await act(c, here.id, 'check-in')
    const also = await stayOf(c, bed1, today, shift(today, 1))
    await act(c, also.id, 'check-in')
    await stayOf(c, bed3, today, shift(today, 2))
    const left = await stayOf(c, bed4, shift(today, -3), shift(today, 2))
    await act(c, left.id, 'check-in')
    await act(c, left.id, 'check-out', { on: today })

    const response = await t.http().get(residentsPath(c.facility.id)).set(c.coordinator.auth)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.date).toBe(today)
    expect(
      response.body.items.map((r: { stayId: string; since: string; plannedCheckOut: string }) => [
        r.stayId,
        r.since,
        r.plannedCheckOut,
      ]),
    ).toEqual([
      [also.id, today, shift(today, 1)],
      [here.id, shift(today, -2), shift(today, 3)],
    ])
    expect(response.body.items[0]).toMatchObject({
      personName: also.personName,
      roomName: 'Kambarys 1',
      bedId: bed1,
    })
    // One entry per stay read, none naming the facility (the log's readers may not know where anyone stays).
    const entries = await auditOf(t.db, c.coordinator.user.id, 'stay.residents')
    expect(entries.map((entry) => [entry.entityType, entry.entityId]).sort()).toEqual(
      [
        ['stay', also.id],
        ['stay', here.id],
      ].sort(),
    )
    expect(JSON.stringify(entries)).not.toContain(c.facility.id)

    const family = await singleAdult(t, c.coordinator.auth)
    const caseManager = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    await t.db.execute(
      sql`update ${families} set case_manager_id = ${caseManager.user.id} where id = ${family.id}`,
    )
    await addToCaseTeam(t.db, family.id, caseManager.user.id)
    const specialist = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    for (const auth of [caseManager.auth, specialist.auth])
      expectProblem(await t.http().get(residentsPath(c.facility.id)).set(auth), 403, '/problems/forbidden')
    const other = await accommodationCentre(t)
    expectProblem(
      await t.http().get(residentsPath(c.facility.id)).set(other.officer.auth),
      404,
      '/problems/not-found',
    )
  })
})

describe('GET /api/v1/accommodation/nights', () => {
  it('counts person-nights of stays checked in or out, per kind and per facility', async () => {
    const c = await smallHouse()
    const shelter = await createFacility(t, c.officer.auth, c.siteId, {
      kind: 'crisis_night_shelter',
      bedCount: 1,
      name: 'A nakvynės namai',
    })
    const night = await stayOf(c, bedIdsOf(shelter)[0] ?? '', day(1), day(3))
    await act(c, night.id, 'check-in')
    const other = await smallHouse()

    const all = await t
      .http()
      .get(NIGHTS)
      .query({ from: day(1), to: day(6) })
      .set(c.coordinator.auth)
    expect(all.status, JSON.stringify(all.body)).toBe(200)
    expect(all.body).toEqual({
      from: day(1),
      to: day(6),
      total: 7,
      byKind: [
        { kind: 'crisis_night_shelter', nights: 2 },
        { kind: 'crisis_accommodation', nights: 5 },
        { kind: 'long_term_accommodation', nights: 0 },
        { kind: 'child_short_term_care', nights: 0 },
      ],
      byFacility: [
        { facilityId: shelter.id, facilityName: 'A nakvynės namai', kind: 'crisis_night_shelter', nights: 2 },
        {
          facilityId: c.facility.id,
          facilityName: c.facility.name,
          kind: 'crisis_accommodation',
          nights: 5,
        },
      ],
    })
    const clipped = await t
      .http()
      .get(NIGHTS)
      .query({ from: day(2), to: day(4), facilityId: c.facility.id })
      .set(c.coordinator.auth)
    expect(clipped.body).toMatchObject({ total: 3, byFacility: [{ facilityId: c.facility.id, nights: 3 }] })
    expectProblem(
      await t
        .http()
        .get(NIGHTS)
        .query({ from: day(1), to: day(6), facilityId: other.facility.id })
        .set(c.coordinator.auth),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await t
        .http()
        .get(NIGHTS)
        .query({ from: day(6), to: day(1) })
        .set(c.coordinator.auth),
      400,
      '/problems/validation',
    )
  })
})
