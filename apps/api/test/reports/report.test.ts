import type { AttendanceReport } from '@onestop/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import {
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  closeAppointment,
  createService,
  type Outcome,
  specialist,
} from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import type { SignedIn } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const REPORT = '/api/v1/reports/attendance'

let c: BookingCentre
let second: SignedIn
let otherServiceId: string

const vilnius = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00+02:00`

async function appointment(
  centre: BookingCentre,
  spec: { date: string; specialistId?: string; serviceId?: string; outcome?: Outcome },
) {
  const created = await book(
    t,
    centre.coordinator.auth,
    bookingBody(centre, {
      startsAt: vilnius(spec.date, 10),
      endsAt: vilnius(spec.date, 11),
      ...(spec.specialistId ? { specialistId: spec.specialistId } : {}),
      ...(spec.serviceId ? { serviceId: spec.serviceId } : {}),
    }),
  )
  if (spec.outcome) await closeAppointment(t, centre.coordinator.auth, created.id, spec.outcome)
}

/**
 * February: one kept, one missed. March: two kept, one missed, one cancelled, one still scheduled.
 * The first specialist gives the first service, the second the other one.
 */
beforeAll(async () => {
  c = await bookingCentre(t)
  second = await specialist(t, c.organisationId, c.siteId)
  otherServiceId = (await createService(t.db, c.organisationId)).id
  const byOther = { specialistId: second.user.id, serviceId: otherServiceId }
  await appointment(c, { date: '2025-02-10', outcome: 'complete' })
  await appointment(c, { date: '2025-02-11', outcome: 'no-show' })
  await appointment(c, { date: '2025-03-03', outcome: 'complete' })
  await appointment(c, { date: '2025-03-04', outcome: 'cancel' })
  await appointment(c, { date: '2025-03-05', outcome: 'no-show', ...byOther })
  await appointment(c, { date: '2025-03-06', outcome: 'complete', ...byOther })
  await appointment(c, { date: '2025-03-07', ...byOther })
  // Outside the period, and another organisation's: not counted.
  await appointment(c, { date: '2025-04-01', outcome: 'no-show' })
  await appointment(await bookingCentre(t), { date: '2025-03-10', outcome: 'no-show' })
})

const report = (auth: { authorization: string }, query: Record<string, string>) =>
  t
    .http()
    .get(REPORT)
    .set(auth)
    .query({ from: '2025-02-01', to: '2025-03-31', ...query })

async function rowsBy(groupBy: string) {
  const response = await report(c.coordinator.auth, { groupBy })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  const body = response.body as AttendanceReport
  expect(body).toMatchObject({ from: '2025-02-01', to: '2025-03-31', groupBy })
  return body.rows
}

const firstServiceFigures = {
  total: 4,
  completed: 2,
  noShow: 1,
  cancelled: 1,
  noShowRate: 0.3333,
  cancellationRate: 0.25,
}
const otherServiceFigures = {
  total: 3,
  completed: 1,
  noShow: 1,
  cancelled: 0,
  noShowRate: 0.5,
  cancellationRate: 0,
}

describe('GET /api/v1/reports/attendance', () => {
  it('counts by service', async () => {
    const rows = await rowsBy('service')
    expect(rows).toHaveLength(2)
    expect(rows.find((r) => r.key === c.serviceId)).toEqual({
      key: c.serviceId,
      label: 'Psichologo konsultacija',
      ...firstServiceFigures,
    })
    expect(rows.find((r) => r.key === otherServiceId)).toMatchObject(otherServiceFigures)
  })

  it('counts by specialist', async () => {
    const rows = await rowsBy('specialist')
    expect(rows).toHaveLength(2)
    expect(rows.find((r) => r.key === c.specialist.user.id)).toEqual({
      key: c.specialist.user.id,
      label: c.specialist.user.name,
      ...firstServiceFigures,
    })
    expect(rows.find((r) => r.key === second.user.id)).toMatchObject(otherServiceFigures)
  })

  it('counts by Vilnius month, and by service when no grouping is given; audits the read', async () => {
    expect(await rowsBy('month')).toEqual([
      {
        key: '2025-02',
        label: '2025-02',
        total: 2,
        completed: 1,
        noShow: 1,
        cancelled: 0,
        noShowRate: 0.5,
        cancellationRate: 0,
      },
      {
        key: '2025-03',
        label: '2025-03',
        total: 5,
        completed: 2,
        noShow: 1,
        cancelled: 1,
        noShowRate: 0.3333,
        cancellationRate: 0.2,
      },
    ])
    const response = await report(c.coordinator.auth, {})
    expect(response.body.groupBy).toBe('service')
    expect(
      (await auditRowsOf(t.db, 'report.attendance')).filter((r) => r.actorId === c.coordinator.user.id)
        .length,
    ).toBeGreaterThan(0)
  })

  it('answers no rows, not an error, for an empty period', async () => {
    const response = await report(c.coordinator.auth, { from: '2020-01-01', to: '2020-12-31' })
    expect(response.status).toBe(200)
    expect(response.body.rows).toEqual([])
  })

  it('refuses a period backwards or of two years or more, a missing day and a bad grouping with 400', async () => {
    expectValidationProblem(await report(c.coordinator.auth, { from: '2025-03-01', to: '2025-02-28' }), [
      '/querystring/to',
    ])
    expectValidationProblem(await report(c.coordinator.auth, { from: '2023-03-01', to: '2025-03-01' }), [
      '/querystring/to',
    ])
    expect((await report(c.coordinator.auth, { from: '2023-03-01', to: '2025-02-28' })).status).toBe(200)
    expectProblem(
      await t.http().get(REPORT).set(c.coordinator.auth).query({ to: '2025-03-01' }),
      400,
      '/problems/validation',
    )
    expectProblem(await report(c.coordinator.auth, { groupBy: 'room' }), 400, '/problems/validation')
    expectProblem(await report(c.coordinator.auth, { from: '2025-02-30' }), 400, '/problems/validation')
  })

  it('is for coordinators and admins only', async () => {
    const caseManager = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    expectProblem(await report(caseManager.auth, {}), 403, '/problems/forbidden')
    expectProblem(await report(c.specialist.auth, {}), 403, '/problems/forbidden')
  })
})
