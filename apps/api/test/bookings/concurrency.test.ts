import { sql } from 'drizzle-orm'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import {
  at,
  BOOKINGS,
  bookableFamily,
  bookingBody,
  bookingCentre,
  createRoom,
  specialist,
} from '../support/booking-factories.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'
import { raceForOneSpecialist, statusCounts } from './race.js'

// On PGlite there is one connection, so requests are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp()

describe.runIf(Boolean(TEST_DATABASE_URL))('POST /api/v1/bookings under concurrency (PostgreSQL)', () => {
  it('books one specialist once when 50 requests race for overlapping times', async () => {
    const { statuses, c } = await raceForOneSpecialist(t, 50)
    expect(statusCounts(statuses)).toEqual({ 201: 1, 409: 49 })
    const [row] = await queryRows<{ appointments: number; staff: number }>(
      t.db,
      sql`select (select count(*)::int from appointments where specialist_id = ${c.specialist.user.id}) as appointments,
        (select count(*)::int from reservations where resource_id = ${c.specialist.user.id} and active) as staff`,
    )
    expect(row).toEqual({ appointments: 1, staff: 1 })
  })

  it('books one room once when 50 specialists race for it', async () => {
    const c = await bookingCentre(t)
    const staff = await Promise.all(
      Array.from({ length: 50 }, () => specialist(t, c.organisationId, c.siteId)),
    )
    const statuses = (
      await Promise.all(
        staff.map((s, i) =>
          t
            .http()
            .post(BOOKINGS)
            .set(c.coordinator.auth)
            .send(
              bookingBody(c, { specialistId: s.user.id, startsAt: at(13, 10, i % 30), endsAt: at(13, 11) }),
            ),
        ),
      )
    ).map((r) => r.status)
    expect(statusCounts(statuses)).toEqual({ 201: 1, 409: 49 })
    const [row] = await queryRows<{ appointments: number; room: number }>(
      t.db,
      sql`select (select count(*)::int from appointments where room_id = ${c.roomId}) as appointments,
        (select count(*)::int from reservations where resource_id = ${c.roomId} and active) as room`,
    )
    expect(row).toEqual({ appointments: 1, room: 1 })
  })
})

describe.runIf(Boolean(TEST_DATABASE_URL))(
  'the exclusion constraint behind the pre-check (PostgreSQL)',
  () => {
    it('answers 409 naming the clash when a booking the pre-check could not see commits first', async () => {
      const c = await bookingCentre(t)
      const other = new pg.Client({ connectionString: t.testDatabase.url })
      await other.connect()
      try {
        await other.query('begin')
        await other.query(
          `insert into reservations (resource_kind, resource_id, period, source_kind, source_id)
         values ('staff', $1, tstzrange($2, $3, '[)'), 'training', gen_random_uuid())`,
          [c.specialist.user.id, at(15, 10), at(15, 11)],
        )
        const pending = t
          .http()
          .post(BOOKINGS)
          .set(c.coordinator.auth)
          .send(bookingBody(c, { startsAt: at(15, 10, 30), endsAt: at(15, 11, 30) }))
          .then((r) => r)
        await new Promise((resolve) => setTimeout(resolve, 300))
        await other.query('commit')
        const problem = expectProblem(await pending, 409, '/problems/double-booking')
        expect(problem.detail).toContain(c.specialist.user.name)
        expect(problem.detail).toContain('2027-01-15 10:00–11:00')
      } finally {
        await other.end()
      }
      const [row] = await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from appointments where specialist_id = ${c.specialist.user.id}`,
      )
      expect(row?.n).toBe(0)
    })
  },
)

describe('POST /api/v1/bookings racing on any database', () => {
  it('never books one specialist twice', async () => {
    const c = await bookingCentre(t)
    const families = await Promise.all(Array.from({ length: 5 }, () => bookableFamily(t, c.coordinator.auth)))
    const rooms = await Promise.all(families.map(() => createRoom(t.db, c.siteId)))
    const responses = await Promise.all(
      families.map((f, i) =>
        t
          .http()
          .post(BOOKINGS)
          .set(c.coordinator.auth)
          .send(
            bookingBody(c, {
              familyId: f.id,
              participantIds: f.personIds,
              roomId: rooms[i]?.id,
              startsAt: at(14, 10, i),
              endsAt: at(14, 11),
            }),
          ),
      ),
    )
    expect(statusCounts(responses.map((r) => r.status))).toEqual({ 201: 1, 409: 4 })
  })
})
