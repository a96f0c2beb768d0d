import type { AvailableSlot } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { services, users, workingHours } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  AVAILABILITY,
  addRoom,
  at,
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  createService,
  createSite,
  giveAbsence,
  specialist,
} from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

/** Monday 4 January 2027, the whole day in Vilnius. */
const MONDAY = { from: at(4, 0), to: at(5, 0) }
const utc = (day: number, hour: number, minute = 0) => new Date(at(day, hour, minute)).toISOString()

async function find(c: BookingCentre, query: Record<string, unknown>) {
  const response = await t
    .http()
    .get(AVAILABILITY)
    .set(c.coordinator.auth)
    .query({ serviceId: c.serviceId, ...MONDAY, ...query })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as { items: AvailableSlot[]; truncated: boolean }
}

const startsOf = (slots: AvailableSlot[]) => slots.map((s) => s.startsAt)

describe('GET /api/v1/availability', () => {
  let c: BookingCentre
  beforeEach(async () => {
    c = await bookingCentre(t)
  })

  it("offers the 15-minute grid inside the specialist's working hours, each with the room", async () => {
    const { items, truncated } = await find(c, { limit: 200 })
    // 08:00–20:00 with one-hour slots: 08:00, 08:15 … 19:00.
    expect(items).toHaveLength(45)
    expect(truncated).toBe(false)
    expect(items[0]).toEqual({
      startsAt: utc(4, 8),
      endsAt: utc(4, 9),
      specialist: { id: c.specialist.user.id, name: c.specialist.user.name },
      room: { id: c.roomId, name: expect.any(String), siteId: c.siteId },
      siteId: c.siteId,
      siteName: expect.any(String),
    })
    expect(items.at(-1)?.startsAt).toBe(utc(4, 19))
    expect(items.at(-1)?.endsAt).toBe(utc(4, 20))
  })

  it('aligns the grid to the start of a window rounded up to the quarter hour, and honours its validity', async () => {
    const other = await specialist(t, c.organisationId, c.siteId)
    await t.db.delete(workingHours).where(eq(workingHours.userId, other.user.id))
    await t.db.insert(workingHours).values([
      {
        userId: other.user.id,
        siteId: c.siteId,
        weekday: 1,
        startsAt: '09:10',
        endsAt: '11:00',
        validFrom: '2026-01-01',
      },
      // Expired before the day searched.
      {
        userId: other.user.id,
        siteId: c.siteId,
        weekday: 1,
        startsAt: '14:00',
        endsAt: '16:00',
        validFrom: '2026-01-01',
        validTo: '2027-01-03',
      },
      // Starts after it.
      {
        userId: other.user.id,
        siteId: c.siteId,
        weekday: 1,
        startsAt: '17:00',
        endsAt: '18:00',
        validFrom: '2027-01-05',
      },
      // Another weekday.
      {
        userId: other.user.id,
        siteId: c.siteId,
        weekday: 2,
        startsAt: '08:00',
        endsAt: '12:00',
        validFrom: '2026-01-01',
      },
    ])
    const { items } = await find(c, { specialistId: other.user.id })
    expect(startsOf(items)).toEqual([utc(4, 9, 15), utc(4, 9, 30), utc(4, 9, 45), utc(4, 10)])
  })

  it('orders by time, then by specialist name', async () => {
    const second = await specialist(t, c.organisationId, c.siteId)
    await addRoom(t.db, c.siteId)
    const { items } = await find(c, { limit: 4 })
    const names = [c.specialist.user.name, second.user.name].sort()
    expect(items.map((s) => [s.startsAt, s.specialist.name])).toEqual([
      [utc(4, 8), names[0]],
      [utc(4, 8), names[1]],
      [utc(4, 8, 15), names[0]],
      [utc(4, 8, 15), names[1]],
    ])
    expect(items.map((s) => s.room?.id)).not.toContain(undefined)
  })

  it('takes away the times the specialist is booked (half-open: touching slots stay)', async () => {
    await book(t, c.coordinator.auth, bookingBody(c, { startsAt: at(4, 10), endsAt: at(4, 11) }))
    const starts = startsOf((await find(c, { limit: 200 })).items)
    expect(starts).toContain(utc(4, 9))
    expect(starts).toContain(utc(4, 11))
    for (const minute of [15, 30, 45, 60, 75, 90, 105])
      expect(starts).not.toContain(new Date(Date.parse(utc(4, 9)) + minute * 60_000).toISOString())
    expect(starts).toHaveLength(45 - 7)
  })

  it('takes away the times the specialist is away', async () => {
    await giveAbsence(t.db, c.specialist.user.id, at(4, 8), at(4, 18))
    expect(startsOf((await find(c, {})).items)).toEqual([
      utc(4, 18),
      utc(4, 18, 15),
      utc(4, 18, 30),
      utc(4, 18, 45),
      utc(4, 19),
    ])
  })

  it('drops a slot whose only suitable room is booked, and offers the next free room when there is one', async () => {
    const colleague = await specialist(t, c.organisationId, c.siteId)
    await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { specialistId: colleague.user.id, startsAt: at(4, 10), endsAt: at(4, 11) }),
    )
    const mine = async () => (await find(c, { specialistId: c.specialist.user.id, limit: 200 })).items
    expect(startsOf(await mine())).not.toContain(utc(4, 10))
    expect(await mine()).toHaveLength(45 - 7)

    const spare = await addRoom(t.db, c.siteId, { name: 'B spare', capacity: 6 })
    const slots = await mine()
    expect(slots).toHaveLength(45)
    expect(slots.find((s) => s.startsAt === utc(4, 10))?.room?.id).toBe(spare.id)
    expect(slots.find((s) => s.startsAt === utc(4, 8))?.room?.id).toBe(c.roomId)
  })

  it('picks the smallest free suitable room, then by name, and never a room of another kind, site or out of use', async () => {
    await addRoom(t.db, c.siteId, { name: 'Z small', capacity: 2 })
    const smallest = await addRoom(t.db, c.siteId, { name: 'A small', capacity: 2 })
    await addRoom(t.db, c.siteId, { name: '0 tiny group', capacity: 1, kind: 'group' })
    await addRoom(t.db, c.siteId, { name: '0 tiny closed', capacity: 1, active: false })
    const elsewhere = await createSite(t.db, c.organisationId)
    await addRoom(t.db, elsewhere.id, { name: '0 tiny elsewhere', capacity: 1 })
    const { items } = await find(c, { limit: 1 })
    expect(items[0]?.room).toEqual({ id: smallest.id, name: 'A small', siteId: c.siteId })
  })

  it('offers no slot when the site has no suitable room, and slots without a room when the service needs none', async () => {
    const bare = await createSite(t.db, c.organisationId)
    const travelling = await specialist(t, c.organisationId, bare.id)
    expect((await find(c, { specialistId: travelling.user.id })).items).toEqual([])

    await t.db.update(services).set({ roomKinds: [] }).where(eq(services.id, c.serviceId))
    const { items } = await find(c, { specialistId: travelling.user.id, limit: 1 })
    expect(items).toEqual([expect.objectContaining({ startsAt: utc(4, 8), room: null, siteId: bare.id })])
  })

  it('never offers a specialist without a profession the service allows, inactive, or of another organisation', async () => {
    await specialist(t, c.organisationId, c.siteId, ['lawyer'])
    const retired = await specialist(t, c.organisationId, c.siteId)
    await t.db.update(users).set({ active: false }).where(eq(users.id, retired.user.id))
    const stranger = await bookingCentre(t)
    const { items } = await find(c, { limit: 200 })
    expect([...new Set(items.map((s) => s.specialist.id))]).toEqual([c.specialist.user.id])
    expect((await find(c, { specialistId: stranger.specialist.user.id })).items).toEqual([])
  })

  it('filters by site and by specialist', async () => {
    const north = await createSite(t.db, c.organisationId)
    const northRoom = await addRoom(t.db, north.id)
    const northern = await specialist(t, c.organisationId, north.id)

    const atNorth = (await find(c, { siteId: north.id, limit: 200 })).items
    expect(atNorth).toHaveLength(45)
    expect(new Set(atNorth.map((s) => `${s.specialist.id} ${s.siteId} ${s.room?.id}`))).toEqual(
      new Set([`${northern.user.id} ${north.id} ${northRoom.id}`]),
    )
    const byName = (await find(c, { specialistId: c.specialist.user.id, limit: 200 })).items
    expect(byName).toHaveLength(45)
    expect(new Set(byName.map((s) => s.siteId))).toEqual(new Set([c.siteId]))
    expect((await find(c, { specialistId: northern.user.id, siteId: c.siteId })).items).toEqual([])
  })

  it("uses the requested duration, else the service's default", async () => {
    const long = (await find(c, { durationMinutes: 90, limit: 200 })).items
    expect(long).toHaveLength(43)
    expect(long.at(-1)).toMatchObject({ startsAt: utc(4, 18, 30), endsAt: utc(4, 20) })
    await t.db.update(services).set({ defaultDurationMinutes: 45 }).where(eq(services.id, c.serviceId))
    const standard = (await find(c, { limit: 200 })).items
    expect(standard[0]).toMatchObject({ startsAt: utc(4, 8), endsAt: utc(4, 8, 45) })
    expect(standard.at(-1)?.startsAt).toBe(utc(4, 19, 15))
  })

  it('limits the answer and says it was truncated', async () => {
    const { items, truncated } = await find(c, { limit: 3 })
    expect(startsOf(items)).toEqual([utc(4, 8), utc(4, 8, 15), utc(4, 8, 30)])
    expect(truncated).toBe(true)
    expect((await find(c, { limit: 45 })).truncated).toBe(false)
  })

  it('never offers the past', async () => {
    const now = Date.now()
    const { items } = await find(c, {
      from: new Date(now - 3 * 86_400_000).toISOString(),
      to: new Date(now + 86_400_000).toISOString(),
      limit: 200,
    })
    expect(items.length).toBeGreaterThan(0)
    for (const slot of items) expect(Date.parse(slot.startsAt)).toBeGreaterThanOrEqual(now - 1000)
    const past = await find(c, { from: '2025-01-06T00:00:00+02:00', to: '2025-01-07T00:00:00+02:00' })
    expect(past).toEqual({ items: [], truncated: false })
  })

  it('offers a slot that can be booked, and then no longer offers it', async () => {
    const [slot] = (await find(c, {})).items
    if (!slot) throw new Error('no slot')
    const response = await t
      .http()
      .post('/api/v1/bookings')
      .set(c.coordinator.auth)
      .send(
        bookingBody(c, {
          specialistId: slot.specialist.id,
          roomId: slot.room?.id,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
        }),
      )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(startsOf((await find(c, {})).items)).not.toContain(slot.startsAt)
  })

  it('answers every staff role', async () => {
    for (const role of ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'] as const) {
      const staff = await signedInUser(t, { organisationId: c.organisationId, roles: [role] })
      const response = await t
        .http()
        .get(AVAILABILITY)
        .set(staff.auth)
        .query({ serviceId: c.serviceId, ...MONDAY, limit: 1 })
      expect(response.status, role).toBe(200)
      expect(response.body.items).toHaveLength(1)
    }
  })
})

describe('GET /api/v1/availability refuses bad searches', () => {
  let c: BookingCentre
  beforeEach(async () => {
    c = await bookingCentre(t)
  })

  const search = (query: Record<string, unknown>) =>
    t
      .http()
      .get(AVAILABILITY)
      .set(c.coordinator.auth)
      .query({ serviceId: c.serviceId, ...MONDAY, ...query })

  it.each([
    ['a range over 14 days', { from: at(4, 0), to: at(18, 0, 1) }, '/querystring/to'],
    ['to equal to from', { from: at(4, 9), to: at(4, 9) }, '/querystring/to'],
    ['to before from', { from: at(5, 0), to: at(4, 0) }, '/querystring/to'],
    ['an unknown service', { serviceId: '00000000-0000-4000-8000-000000000000' }, '/querystring/serviceId'],
    ['a service id that is no UUID', { serviceId: 'psychologist' }, '/querystring/serviceId'],
    ['a from that is no date-time', { from: '2027-01-04' }, '/querystring/from'],
    ['a to that is no date-time', { to: 'tomorrow' }, '/querystring/to'],
    ['a duration under 5 minutes', { durationMinutes: 4 }, '/querystring/durationMinutes'],
    ['a duration over 8 hours', { durationMinutes: 481 }, '/querystring/durationMinutes'],
    ['a duration that is no integer', { durationMinutes: 'long' }, '/querystring/durationMinutes'],
    ['a limit over 200', { limit: 201 }, '/querystring/limit'],
    ['a limit of 0', { limit: 0 }, '/querystring/limit'],
    ['a specialist id that is no UUID', { specialistId: 'x' }, '/querystring/specialistId'],
    ['a site id that is no UUID', { siteId: 'x' }, '/querystring/siteId'],
    ['an unknown parameter', { colour: 'red' }, '/querystring/colour'],
  ])('400 for %s, pointing at it', async (_what, query, pointer) => {
    const problem = expectProblem(await search(query), 400, '/problems/validation')
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer)
  })

  it('400 without the required parameters', async () => {
    const response = await t.http().get(AVAILABILITY).set(c.coordinator.auth)
    const problem = expectProblem(response, 400, '/problems/validation')
    expect(problem.errors?.map((e) => e.pointer)).toEqual(
      expect.arrayContaining(['/querystring/serviceId', '/querystring/from', '/querystring/to']),
    )
  })

  it("400 for another organisation's service, 409 for a service no longer offered", async () => {
    const other = await bookingCentre(t)
    const foreign = expectProblem(await search({ serviceId: other.serviceId }), 400, '/problems/validation')
    expect(foreign.errors).toEqual([
      { pointer: '/querystring/serviceId', code: 'unknown-service', message: expect.any(String) },
    ])
    const retired = await createService(t.db, c.organisationId, { active: false })
    expectProblem(await search({ serviceId: retired.id }), 409, '/problems/service-inactive')
  })

  it('401 without a token', async () => {
    expectProblem(
      await t
        .http()
        .get(AVAILABILITY)
        .query({ serviceId: c.serviceId, ...MONDAY }),
      401,
      '/problems/unauthorized',
    )
  })
})
