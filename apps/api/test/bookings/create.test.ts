import { eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { appointmentParticipants, reservations } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  at,
  BOOKINGS,
  type BookingCentre,
  book,
  bookableFamily,
  bookingBody,
  bookingCentre,
  bookingCounts,
  closeFamily,
  createRoom,
  createService,
  giveAbsence,
  specialist,
} from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

describe('POST /api/v1/bookings', () => {
  let c: BookingCentre
  beforeEach(async () => {
    c = await bookingCentre(t)
  })

  it('books the specialist and the room: 201, Location, ETag, participants and two reservations', async () => {
    const response = await t.http().post(BOOKINGS).set(c.coordinator.auth).send(bookingBody(c))
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers.location).toBe(`${BOOKINGS}/${response.body.id}`)
    expect(response.headers.etag).toBe('"1"')
    expect(response.body).toMatchObject({
      visibility: 'full',
      status: 'scheduled',
      serviceId: c.serviceId,
      familyId: c.family.id,
      roomId: c.roomId,
      siteId: c.siteId,
      specialist: { id: c.specialist.user.id },
      startsAt: '2027-01-04T08:00:00.000Z',
      endsAt: '2027-01-04T09:00:00.000Z',
      version: 1,
    })
    expect(response.body.participants.map((p: { personId: string }) => p.personId)).toEqual(
      c.family.personIds,
    )
    const reserved = await t.db.select().from(reservations).where(eq(reservations.sourceId, response.body.id))
    expect(reserved.map((r) => [r.resourceKind, r.resourceId, r.active]).sort()).toEqual(
      [
        ['room', c.roomId, true],
        ['staff', c.specialist.user.id, true],
      ].sort(),
    )
    expect(reserved[0]?.period).toMatch(/^\["2027-01-04 08:00:00(\+00)?.*","2027-01-04 09:00:00.*"\)$/)
    expect(await auditRowsOf(t.db, 'appointment.create', response.body.id)).toHaveLength(1)
  })

  it('lets a specialist on the case team book themselves, without a room', async () => {
    const { addToCaseTeam } = await import('../support/booking-factories.js')
    await addToCaseTeam(t.db, c.family.id, c.specialist.user.id)
    const created = await book(t, c.specialist.auth, bookingBody(c, { roomId: undefined }))
    const rows = await t.db.select().from(reservations).where(eq(reservations.sourceId, created.id))
    expect(rows.map((r) => r.resourceKind)).toEqual(['staff'])
  })

  it('refuses a specialist off the case team (403) and a family the caller may not see (404)', async () => {
    const before = await bookingCounts(t.db)
    expectProblem(
      await t.http().post(BOOKINGS).set(c.specialist.auth).send(bookingBody(c)),
      404,
      '/problems/not-found',
    )
    const outsider = await signedInUser(t, { roles: ['admin'] })
    expectProblem(
      await t.http().post(BOOKINGS).set(outsider.auth).send(bookingBody(c)),
      404,
      '/problems/not-found',
    )
    expect(await bookingCounts(t.db)).toEqual(before)
  })

  const refusals: [string, () => Promise<Record<string, unknown>>, number, string, string[]?][] = [
    [
      'endsAt before startsAt',
      async () => bookingBody(c, { startsAt: at(5, 11), endsAt: at(5, 10) }),
      400,
      'validation',
      ['/endsAt'],
    ],
    [
      'a zero length',
      async () => bookingBody(c, { startsAt: at(5, 10), endsAt: at(5, 10) }),
      400,
      'validation',
      ['/endsAt'],
    ],
    [
      '4 minutes',
      async () => bookingBody(c, { startsAt: at(5, 10), endsAt: at(5, 10, 4) }),
      400,
      'validation',
      ['/endsAt'],
    ],
    [
      'a 12-hour length',
      async () => bookingBody(c, { startsAt: at(5, 8), endsAt: at(5, 20) }),
      400,
      'validation',
      ['/endsAt'],
    ],
    [
      'an inactive service',
      async () =>
        bookingBody(c, { serviceId: (await createService(t.db, c.organisationId, { active: false })).id }),
      409,
      'service-inactive',
    ],
    [
      "another organisation's service",
      async () => {
        const other = await bookingCentre(t)
        return bookingBody(c, { serviceId: other.serviceId })
      },
      400,
      'validation',
      ['/serviceId'],
    ],
    [
      'an unqualified specialist',
      async () =>
        bookingBody(c, {
          specialistId: (await specialist(t, c.organisationId, c.siteId, ['lawyer'])).user.id,
        }),
      409,
      'unqualified',
    ],
    [
      'a time outside working hours',
      async () => bookingBody(c, { startsAt: at(5, 19, 30), endsAt: at(5, 20, 30) }),
      409,
      'outside-working-hours',
    ],
    [
      'a specialist on leave',
      async () => {
        await giveAbsence(t.db, c.specialist.user.id, at(6, 0), at(7, 0))
        return bookingBody(c, { startsAt: at(6, 10), endsAt: at(6, 11) })
      },
      409,
      'absent',
    ],
    [
      'an inactive room',
      async () => bookingBody(c, { roomId: (await createRoom(t.db, c.siteId, { active: false })).id }),
      409,
      'room-inactive',
    ],
    [
      'a room of the wrong kind',
      async () => bookingBody(c, { roomId: (await createRoom(t.db, c.siteId, { kind: 'group' })).id }),
      400,
      'validation',
      ['/roomId'],
    ],
    [
      'a closed family',
      async () => {
        await closeFamily(t.db, c.family.id)
        return bookingBody(c)
      },
      409,
      'family-not-open',
    ],
    [
      'a participant of another family',
      async () => {
        const other = await bookableFamily(t, c.coordinator.auth)
        return bookingBody(c, { participantIds: [c.family.personIds[0], other.personIds[0]] })
      },
      400,
      'validation',
      ['/participantIds/1'],
    ],
  ]

  for (const [label, body, status, type, pointers] of refusals)
    it(`refuses ${label} with ${status} ${type} and changes nothing`, async () => {
      const payload = await body()
      const before = await bookingCounts(t.db)
      const response = await t.http().post(BOOKINGS).set(c.coordinator.auth).send(payload)
      if (pointers) expectValidationProblem(response, pointers)
      else expectProblem(response, status, `/problems/${type}`)
      expect(await bookingCounts(t.db)).toEqual(before)
    })

  it('refuses an overlapping booking of the specialist or the room with a 409 naming the clash', async () => {
    await book(t, c.coordinator.auth, bookingBody(c))
    const before = await bookingCounts(t.db)
    const sameSpecialist = await t
      .http()
      .post(BOOKINGS)
      .set(c.coordinator.auth)
      .send(bookingBody(c, { roomId: undefined, startsAt: at(4, 10, 30), endsAt: at(4, 11, 30) }))
    const problem = expectProblem(sameSpecialist, 409, '/problems/double-booking')
    expect(problem.detail).toContain(c.specialist.user.name)
    expect(problem.detail).toContain('2027-01-04 10:00–11:00')

    const other = await specialist(t, c.organisationId, c.siteId)
    const sameRoom = await t
      .http()
      .post(BOOKINGS)
      .set(c.coordinator.auth)
      .send(bookingBody(c, { specialistId: other.user.id, startsAt: at(4, 9, 30), endsAt: at(4, 10, 5) }))
    expect(expectProblem(sameRoom, 409, '/problems/double-booking').detail).toMatch(/^The room "Room /)
    expect(await bookingCounts(t.db)).toEqual(before)

    // Back to back is not an overlap: periods are [start, end).
    await book(t, c.coordinator.auth, bookingBody(c, { startsAt: at(4, 11), endsAt: at(4, 12) }))
  })

  it('stores one participant row per person', async () => {
    const created = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: at(8, 9), endsAt: at(8, 9, 30) }),
    )
    const rows = await t.db
      .select()
      .from(appointmentParticipants)
      .where(eq(appointmentParticipants.appointmentId, created.id))
    expect(rows).toHaveLength(c.family.personIds.length)
  })
})
