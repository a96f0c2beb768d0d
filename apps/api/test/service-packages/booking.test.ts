import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { statusCounts } from '../bookings/race.js'
import { useTestApp } from '../support/app.js'
import {
  at,
  BOOKINGS,
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  bookingCounts,
  closeAppointment,
  createService,
  familyOfTwo,
  pastAt,
} from '../support/booking-factories.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()

/** A family of two with a package for the parent; `used` sessions already delivered (one) and booked. */
async function planned(c: BookingCentre, spec: { plannedUnits: number; cap: 'soft' | 'hard'; used: number }) {
  const family = await familyOfTwo(t, c.coordinator.auth)
  const [parent, child] = family.personIds
  const response = await t
    .http()
    .post(`/api/v1/families/${family.id}/service-packages`)
    .set(c.coordinator.auth)
    .send({ personId: parent, serviceId: c.serviceId, plannedUnits: spec.plannedUnits, cap: spec.cap })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  const forParent = (startsAt: string, endsAt: string) =>
    bookingBody(c, { familyId: family.id, participantIds: [parent], startsAt, endsAt })
  for (let i = 0; i < spec.used; i++) {
    const created = await book(t, c.coordinator.auth, forParent(pastAt(3 + i, 9), pastAt(3 + i, 10)))
    if (i === 0) await closeAppointment(t, c.coordinator.auth, created.id, 'complete')
  }
  return { family, parent: parent ?? '', child: child ?? '', forParent }
}

const personName = async (personId: string) =>
  (
    await queryRows<{ name: string }>(
      t.db,
      sql`select given_name || ' ' || family_name as name from persons where id = ${personId}`,
    )
  )[0]?.name ?? ''

describe('POST /api/v1/bookings against a service package', () => {
  it('books past a soft cap with a warning naming the person and the plan', async () => {
    const c = await bookingCentre(t)
    const { parent, child, family, forParent } = await planned(c, { plannedUnits: 2, cap: 'soft', used: 1 })
    const within = await t
      .http()
      .post(BOOKINGS)
      .set(c.coordinator.auth)
      .send(forParent(at(4, 9), at(4, 10)))
    expect(within.status, JSON.stringify(within.body)).toBe(201)
    expect(within.body.warnings).toBeUndefined()
    const past = await t
      .http()
      .post(BOOKINGS)
      .set(c.coordinator.auth)
      .send(
        bookingBody(c, {
          familyId: family.id,
          participantIds: [parent, child],
          startsAt: at(5, 9),
          endsAt: at(5, 10),
        }),
      )
    expect(past.status, JSON.stringify(past.body)).toBe(201)
    expect(past.body.warnings).toEqual([
      `${await personName(parent)}: this is 3 of 2 planned, past the plan.`,
    ])
    const stored = await t.http().get(`${BOOKINGS}/${past.body.id}`).set(c.coordinator.auth)
    expect(stored.body.warnings).toBeUndefined()
  })

  it('refuses past a hard cap with 409 naming the person and the plan, changing nothing', async () => {
    const c = await bookingCentre(t)
    const { parent, forParent } = await planned(c, { plannedUnits: 2, cap: 'hard', used: 2 })
    const before = await bookingCounts(t.db)
    const refused = await t
      .http()
      .post(BOOKINGS)
      .set(c.coordinator.auth)
      .send(forParent(at(4, 9), at(4, 10)))
    const problem = expectProblem(refused, 409, '/problems/package-exhausted')
    expect(problem.detail).toContain(await personName(parent))
    expect(problem.detail).toContain('2 of 2 planned')
    expect(await bookingCounts(t.db)).toEqual(before)
  })

  it('counts only that person and service: others book freely, and a cancellation gives a session back', async () => {
    const c = await bookingCentre(t)
    const { family, child, forParent } = await planned(c, { plannedUnits: 2, cap: 'hard', used: 2 })
    const other = await createService(t.db, c.organisationId)
    await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { familyId: family.id, participantIds: [child], startsAt: at(4, 9), endsAt: at(4, 10) }),
    )
    await book(t, c.coordinator.auth, { ...forParent(at(5, 9), at(5, 10)), serviceId: other.id })
    const [scheduled] = await queryRows<{ id: string }>(
      t.db,
      sql`select a.id from appointments a join appointment_participants p on p.appointment_id = a.id
        where a.family_id = ${family.id} and a.service_id = ${c.serviceId} and a.status = 'scheduled'
          and p.person_id <> ${child}`,
    )
    await closeAppointment(t, c.coordinator.auth, scheduled?.id ?? '', 'cancel')
    await book(t, c.coordinator.auth, forParent(at(6, 9), at(6, 10)))
  })
})

describe.runIf(Boolean(TEST_DATABASE_URL))('a hard cap under concurrency (PostgreSQL)', () => {
  it('lets exactly 3 of 20 simultaneous bookings through when 3 sessions remain', async () => {
    const c = await bookingCentre(t)
    const { family, parent, forParent } = await planned(c, { plannedUnits: 5, cap: 'hard', used: 2 })
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post(BOOKINGS)
          .set(c.coordinator.auth)
          .send(forParent(at(4 + i, 9), at(4 + i, 10))),
      ),
    )
    expect(statusCounts(responses.map((r) => r.status))).toEqual({ 201: 3, 409: 17 })
    for (const refused of responses.filter((r) => r.status === 409))
      expect(refused.body.type).toBe('/problems/package-exhausted')
    const [row] = await queryRows<{ scheduled: number; delivered: number }>(
      t.db,
      sql`select
        (select count(*)::int from appointments a join appointment_participants p on p.appointment_id = a.id
          where a.family_id = ${family.id} and p.person_id = ${parent} and a.status = 'scheduled') as scheduled,
        (select count(*)::int from delivered_services where family_id = ${family.id} and person_id = ${parent}) as delivered`,
    )
    expect(row).toEqual({ scheduled: 4, delivered: 1 })
  })
})
