import { eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { appointments, reservations } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  at,
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  bookingCounts,
  bookingPath,
  createRoom,
  specialist,
} from '../support/booking-factories.js'
import { auditRowsOf } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` })

const activeReservations = (id: string) =>
  t.db
    .select()
    .from(reservations)
    .where(eq(reservations.sourceId, id))
    .then((rows) => rows.filter((r) => r.active))

describe('GET /api/v1/bookings/:appointmentId', () => {
  it('answers the appointment with its ETag and audits the read', async () => {
    const c = await bookingCentre(t)
    const created = await book(t, c.coordinator.auth, bookingBody(c))
    const response = await t.http().get(bookingPath(created.id)).set(c.coordinator.auth)
    expect(response.status).toBe(200)
    expect(response.headers.etag).toBe('"1"')
    expect(response.body.id).toBe(created.id)
    expect(await auditRowsOf(t.db, 'appointment.read', created.id)).toHaveLength(1)
  })
})

describe('PATCH /api/v1/bookings/:appointmentId', () => {
  let c: BookingCentre
  beforeEach(async () => {
    c = await bookingCentre(t)
  })

  it('moves the appointment and its reservations in one go', async () => {
    const created = await book(t, c.coordinator.auth, bookingBody(c))
    const room = await createRoom(t.db, c.siteId)
    const response = await t
      .http()
      .patch(bookingPath(created.id))
      .set({ ...c.coordinator.auth, ...ifMatch(1) })
      .send({ startsAt: at(4, 10, 30), endsAt: at(4, 11, 30), roomId: room.id })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.headers.etag).toBe('"2"')
    expect(response.body).toMatchObject({ roomId: room.id, startsAt: '2027-01-04T08:30:00.000Z', version: 2 })
    const active = await activeReservations(created.id)
    expect(active.map((r) => r.resourceId).sort()).toEqual([room.id, c.specialist.user.id].sort())
    // The old room is free again.
    await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { specialistId: (await specialist(t, c.organisationId, c.siteId)).user.id }),
    )
    expect(await auditRowsOf(t.db, 'appointment.reschedule', created.id)).toHaveLength(1)
  })

  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const created = await book(t, c.coordinator.auth, bookingBody(c))
    const body = { startsAt: at(4, 12), endsAt: at(4, 13) }
    const before = await bookingCounts(t.db)
    expectProblem(
      await t.http().patch(bookingPath(created.id)).set(c.coordinator.auth).send(body),
      428,
      '/problems/if-match-required',
    )
    await t.db.update(appointments).set({ version: 2 }).where(eq(appointments.id, created.id))
    expectProblem(
      await t
        .http()
        .patch(bookingPath(created.id))
        .set({ ...c.coordinator.auth, ...ifMatch(1) })
        .send(body),
      412,
      '/problems/stale-version',
    )
    const [row] = await t.db.select().from(appointments).where(eq(appointments.id, created.id))
    expect(row?.startsAt.toISOString()).toBe('2027-01-04T08:00:00.000Z')
    expect(await bookingCounts(t.db)).toEqual(before)
  })

  it('re-checks the new time: outside working hours and clashes are 409', async () => {
    const created = await book(t, c.coordinator.auth, bookingBody(c))
    await book(t, c.coordinator.auth, bookingBody(c, { startsAt: at(4, 14), endsAt: at(4, 15) }))
    const before = await bookingCounts(t.db)
    const late = await t
      .http()
      .patch(bookingPath(created.id))
      .set({ ...c.coordinator.auth, ...ifMatch(1) })
      .send({ startsAt: at(4, 21), endsAt: at(4, 22) })
    expectProblem(late, 409, '/problems/outside-working-hours')
    const clash = await t
      .http()
      .patch(bookingPath(created.id))
      .set({ ...c.coordinator.auth, ...ifMatch(1) })
      .send({ startsAt: at(4, 14, 30), endsAt: at(4, 15, 30) })
    expectProblem(clash, 409, '/problems/double-booking')
    expect(await bookingCounts(t.db)).toEqual(before)
    // Overlapping its own old time is fine.
    const shifted = await t
      .http()
      .patch(bookingPath(created.id))
      .set({ ...c.coordinator.auth, ...ifMatch(1) })
      .send({ startsAt: at(4, 10, 15), endsAt: at(4, 11, 15) })
    expect(shifted.status, JSON.stringify(shifted.body)).toBe(200)
  })
})

describe('POST /api/v1/bookings/:appointmentId/cancel', () => {
  it('frees the slot so the same time can be booked again; cancelling twice is 409', async () => {
    const c = await bookingCentre(t)
    const created = await book(t, c.coordinator.auth, bookingBody(c))
    const cancel = () =>
      t
        .http()
        .post(`${bookingPath(created.id)}/cancel`)
        .set(c.coordinator.auth)
        .send({ reason: 'Šeima serga.' })
    const response = await cancel()
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({ status: 'cancelled', cancelReason: 'Šeima serga.', version: 2 })
    expect(await activeReservations(created.id)).toEqual([])
    const before = await bookingCounts(t.db)
    expectProblem(await cancel(), 409, '/problems/invalid-transition')
    expect(await bookingCounts(t.db)).toEqual(before)
    await book(t, c.coordinator.auth, bookingBody(c))
    expect(await auditRowsOf(t.db, 'appointment.cancelled', created.id)).toHaveLength(1)
  })

  it('refuses a stale If-Match with 412', async () => {
    const c = await bookingCentre(t)
    const created = await book(t, c.coordinator.auth, bookingBody(c))
    const response = await t
      .http()
      .post(`${bookingPath(created.id)}/cancel`)
      .set({ ...c.coordinator.auth, ...ifMatch(7) })
      .send({ reason: 'x' })
    expectProblem(response, 412, '/problems/stale-version')
    expect(await activeReservations(created.id)).toHaveLength(2)
  })
})

describe('POST /api/v1/bookings/:appointmentId/complete and /no-show', () => {
  it('only once the appointment has started, and only while scheduled', async () => {
    const c = await bookingCentre(t)
    const future = await book(t, c.coordinator.auth, bookingBody(c))
    expectProblem(
      await t
        .http()
        .post(`${bookingPath(future.id)}/complete`)
        .set(c.coordinator.auth),
      409,
      '/problems/invalid-transition',
    )
    const past = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: '2025-03-03T10:00:00+02:00', endsAt: '2025-03-03T11:00:00+02:00' }),
    )
    const done = await t
      .http()
      .post(`${bookingPath(past.id)}/complete`)
      .set(c.coordinator.auth)
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.status).toBe('completed')
    expectProblem(
      await t
        .http()
        .post(`${bookingPath(past.id)}/no-show`)
        .set(c.coordinator.auth),
      409,
      '/problems/invalid-transition',
    )
    const missed = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: '2025-03-04T10:00:00+02:00', endsAt: '2025-03-04T11:00:00+02:00' }),
    )
    const noShow = await t
      .http()
      .post(`${bookingPath(missed.id)}/no-show`)
      .set(c.coordinator.auth)
    expect(noShow.body.status).toBe('no_show')
    expect(await auditRowsOf(t.db, 'appointment.no_show', missed.id)).toHaveLength(1)
  })
})
