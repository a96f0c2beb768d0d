import type { DeliveredService } from '@onestop/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import {
  addToCaseTeam,
  type BookingCentre,
  type BookingFamily,
  book,
  bookingBody,
  bookingCentre,
  closeAppointment,
  createService,
  familyOfTwo,
  pastAt,
} from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()
const DELIVERED = '/api/v1/delivered-services'

let c: BookingCentre
let family: BookingFamily
let otherFamily: BookingFamily
let otherServiceId: string

/** Three completed appointments: the family twice (two services), the other family once; one missed. */
beforeAll(async () => {
  c = await bookingCentre(t)
  family = await familyOfTwo(t, c.coordinator.auth)
  otherFamily = c.family
  otherServiceId = (await createService(t.db, c.organisationId)).id
  const appointments = [
    { familyId: family.id, participantIds: family.personIds, startsAt: pastAt(3, 9), endsAt: pastAt(3, 10) },
    {
      familyId: family.id,
      participantIds: [family.personIds[0]],
      serviceId: otherServiceId,
      startsAt: pastAt(4, 9),
      endsAt: pastAt(4, 10),
    },
    {
      familyId: otherFamily.id,
      participantIds: otherFamily.personIds,
      startsAt: pastAt(5, 9),
      endsAt: pastAt(5, 10),
    },
  ]
  for (const overrides of appointments) {
    const created = await book(t, c.coordinator.auth, bookingBody(c, overrides))
    await closeAppointment(t, c.coordinator.auth, created.id, 'complete')
  }
  const missed = await book(
    t,
    c.coordinator.auth,
    bookingBody(c, { startsAt: pastAt(6, 9), endsAt: pastAt(6, 10) }),
  )
  await closeAppointment(t, c.coordinator.auth, missed.id, 'no-show')
})

const list = (auth: { authorization: string }, query: Record<string, string | number> = {}) =>
  t.http().get(DELIVERED).set(auth).query(query)

describe('GET /api/v1/delivered-services', () => {
  it('lists every delivery of the organisation newest first, and audits the read', async () => {
    const response = await list(c.coordinator.auth)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const items = response.body.items as DeliveredService[]
    expect(items).toHaveLength(4)
    expect(items.map((i) => i.deliveredAt)).toEqual([
      new Date(pastAt(5, 9)).toISOString(),
      new Date(pastAt(4, 9)).toISOString(),
      new Date(pastAt(3, 9)).toISOString(),
      new Date(pastAt(3, 9)).toISOString(),
    ])
    expect(items[0]).toMatchObject({
      serviceId: c.serviceId,
      serviceName: 'Psichologo konsultacija',
      familyId: otherFamily.id,
      person: { id: otherFamily.personIds[0] },
      deliveredBy: { id: c.specialist.user.id, name: c.specialist.user.name },
      sourceKind: 'appointment',
      durationMinutes: 60,
    })
    expect(response.body.nextCursor).toBeNull()
    const [entry] = (await auditRowsOf(t.db, 'delivery.list')).filter(
      (r) => r.actorId === c.coordinator.user.id,
    )
    expect(entry?.details).toMatchObject({ count: 4 })
  })

  it('filters by period, service, family, person and source', async () => {
    const count = async (query: Record<string, string>) => {
      const response = await list(c.coordinator.auth, query)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      return (response.body.items as DeliveredService[]).length
    }
    expect(await count({ from: pastAt(4, 0), to: pastAt(5, 0) })).toBe(1)
    expect(await count({ from: pastAt(4, 9) })).toBe(2)
    expect(await count({ serviceId: otherServiceId })).toBe(1)
    expect(await count({ familyId: family.id })).toBe(3)
    expect(await count({ personId: family.personIds[1] ?? '' })).toBe(1)
    expect(await count({ sourceKind: 'group_session' })).toBe(0)
  })

  it('pages with a cursor, losing and repeating nothing', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const response = await list(c.coordinator.auth, { limit: 1, ...(cursor ? { cursor } : {}) })
      expect(response.status).toBe(200)
      seen.push(...(response.body.items as DeliveredService[]).map((i) => i.id))
      cursor = response.body.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(4)
    expect(new Set(seen).size).toBe(4)
  })

  it('shows case managers and specialists only the families whose team they are on', async () => {
    const outsider = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    expect((await list(outsider.auth)).body.items).toEqual([])
    const member = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    await addToCaseTeam(t.db, family.id, member.user.id)
    const items = (await list(member.auth)).body.items as DeliveredService[]
    expect(items.map((i) => i.familyId)).toEqual([family.id, family.id, family.id])
    const stranger = await signedInUser(t, { roles: ['coordinator'] })
    expect((await list(stranger.auth)).body.items).toEqual([])
  })

  it('refuses intake staff, a period that ends before it starts and a forged cursor', async () => {
    const intake = await signedInUser(t, { organisationId: c.organisationId, roles: ['intake'] })
    expectProblem(await list(intake.auth), 403, '/problems/forbidden')
    const backwards = await list(c.coordinator.auth, { from: pastAt(5, 0), to: pastAt(4, 0) })
    expect(expectProblem(backwards, 400, '/problems/validation').errors?.[0]?.pointer).toBe('/querystring/to')
    expectProblem(await list(c.coordinator.auth, { cursor: 'bm9wZQ' }), 400, '/problems/validation')
    expectProblem(await list(c.coordinator.auth, { sourceKind: 'visit' }), 400, '/problems/validation')
  })
})
