import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { deliveredServices } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  bookingPath,
  closeAppointment,
  familyOfTwo,
  pastAt,
} from '../support/booking-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

const deliveriesOf = (appointmentId: string) =>
  t.db.select().from(deliveredServices).where(eq(deliveredServices.sourceId, appointmentId))

async function pastBooking(c: BookingCentre, day: number) {
  const family = await familyOfTwo(t, c.coordinator.auth)
  const body = bookingBody(c, {
    familyId: family.id,
    participantIds: family.personIds,
    startsAt: pastAt(day, 10),
    endsAt: pastAt(day, 10, 45),
  })
  return { family, appointment: await book(t, c.coordinator.auth, body) }
}

describe('completing an appointment', () => {
  it('records one delivery per participant, by the specialist, at the start, for its length', async () => {
    const c = await bookingCentre(t)
    const { family, appointment } = await pastBooking(c, 3)
    await closeAppointment(t, c.coordinator.auth, appointment.id, 'complete')
    const rows = await deliveriesOf(appointment.id)
    expect(rows.map((r) => r.personId).sort()).toEqual([...family.personIds].sort())
    for (const row of rows)
      expect(row).toMatchObject({
        organisationId: c.organisationId,
        serviceId: c.serviceId,
        familyId: family.id,
        deliveredById: c.specialist.user.id,
        sourceKind: 'appointment',
        deliveredAt: new Date(pastAt(3, 10)),
        durationMinutes: 45,
      })
  })

  it('cannot be done twice: the second is 409 and the deliveries stay as they were', async () => {
    const c = await bookingCentre(t)
    const { appointment } = await pastBooking(c, 4)
    await closeAppointment(t, c.coordinator.auth, appointment.id, 'complete')
    const again = await t
      .http()
      .post(`${bookingPath(appointment.id)}/complete`)
      .set(c.coordinator.auth)
    expectProblem(again, 409, '/problems/invalid-transition')
    expect(await deliveriesOf(appointment.id)).toHaveLength(2)
  })

  it('records nothing for a cancelled or missed appointment', async () => {
    const c = await bookingCentre(t)
    const cancelled = await pastBooking(c, 5)
    const missed = await pastBooking(c, 6)
    await closeAppointment(t, c.coordinator.auth, cancelled.appointment.id, 'cancel')
    await closeAppointment(t, c.coordinator.auth, missed.appointment.id, 'no-show')
    expect(await deliveriesOf(cancelled.appointment.id)).toEqual([])
    expect(await deliveriesOf(missed.appointment.id)).toEqual([])
    // Neither can be completed afterwards.
    expectProblem(
      await t
        .http()
        .post(`${bookingPath(missed.appointment.id)}/complete`)
        .set(c.coordinator.auth),
      409,
      '/problems/invalid-transition',
    )
    expect(await deliveriesOf(missed.appointment.id)).toEqual([])
  })
})
