import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import {
  type BookingCentre,
  type BookingFamily,
  book,
  bookableFamily,
  bookingBody,
  bookingCentre,
  closeAppointment,
  type Outcome,
  pastAt,
} from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import type { SignedIn } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()
const ATTENTION = '/api/v1/case-plans/attention'

async function caseload(): Promise<{ c: BookingCentre; manager: SignedIn; family: BookingFamily }> {
  const c = await bookingCentre(t)
  const manager = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
  const family = await bookableFamily(t, c.coordinator.auth)
  await t
    .http()
    .put(`/api/v1/families/${family.id}/case-manager`)
    .set(c.coordinator.auth)
    .send({ userId: manager.user.id })
    .expect(200)
  return { c, manager, family }
}

/** Books the family for the given March 2025 day and closes it as said. */
async function appointmentOn(c: BookingCentre, family: BookingFamily, day: number, outcome?: Outcome) {
  const created = await book(
    t,
    c.coordinator.auth,
    bookingBody(c, {
      familyId: family.id,
      participantIds: family.personIds,
      startsAt: pastAt(day, 10),
      endsAt: pastAt(day, 11),
    }),
  )
  if (outcome) await closeAppointment(t, c.coordinator.auth, created.id, outcome)
  return created
}

const attentionOf = async (manager: SignedIn) => {
  const response = await t.http().get(ATTENTION).set(manager.auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.repeatedNoShows as { familyId: string; lastMissedAt: string }[]
}

describe('GET /api/v1/families/:familyId/attendance', () => {
  it('gives totals, rates and the no-shows since the last completed appointment', async () => {
    const { c, manager, family } = await caseload()
    await appointmentOn(c, family, 2, 'no-show')
    await appointmentOn(c, family, 3, 'complete')
    await appointmentOn(c, family, 4, 'no-show')
    await appointmentOn(c, family, 5, 'cancel')
    await appointmentOn(c, family, 6, 'no-show')
    await appointmentOn(c, family, 7)
    const response = await t.http().get(`/api/v1/families/${family.id}/attendance`).set(manager.auth)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toEqual({
      familyId: family.id,
      total: 6,
      completed: 1,
      noShow: 3,
      cancelled: 1,
      noShowRate: 0.75,
      cancellationRate: 0.1667,
      missedInARow: 2,
    })
    expect(await auditRowsOf(t.db, 'family.attendance', family.id)).toHaveLength(1)
  })

  it('answers zeros and no rates for a family never booked, and 404 to those who may not see it', async () => {
    const { c, manager, family } = await caseload()
    const response = await t.http().get(`/api/v1/families/${family.id}/attendance`).set(manager.auth)
    expect(response.body).toMatchObject({
      total: 0,
      noShowRate: null,
      cancellationRate: null,
      missedInARow: 0,
    })
    const outsider = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    expectProblem(
      await t.http().get(`/api/v1/families/${family.id}/attendance`).set(outsider.auth),
      404,
      '/problems/not-found',
    )
  })
})

describe("three no-shows in a row on the case manager's home page", () => {
  it('appear after the third missed appointment and go once one is kept', async () => {
    const { c, manager, family } = await caseload()
    await appointmentOn(c, family, 2, 'complete')
    await appointmentOn(c, family, 3, 'no-show')
    await appointmentOn(c, family, 4, 'no-show')
    await appointmentOn(c, family, 5, 'cancel')
    expect(await attentionOf(manager)).toEqual([])
    await appointmentOn(c, family, 6, 'no-show')
    expect(await attentionOf(manager)).toEqual([
      {
        familyId: family.id,
        referenceCode: expect.any(String),
        lastMissedAt: new Date(pastAt(6, 10)).toISOString(),
      },
    ])
    // Only on the responsible case manager's page.
    expect(
      await attentionOf(await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })),
    ).toEqual([])
    await appointmentOn(c, family, 9, 'complete')
    expect(await attentionOf(manager)).toEqual([])
  })
})
