import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import {
  addToCaseTeam,
  at,
  BOOKINGS,
  book,
  bookableFamily,
  bookingBody,
  bookingCentre,
  bookingPath,
  specialist,
} from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

describe('GET /api/v1/bookings', () => {
  it("shows a specialist their own calendar and their team's families in full, the rest as busy time", async () => {
    const c = await bookingCentre(t)
    const a = c.specialist
    const b = await specialist(t, c.organisationId, c.siteId)
    await addToCaseTeam(t.db, c.family.id, a.user.id)
    const otherFamily = await bookableFamily(t, c.coordinator.auth)
    const forOther = { familyId: otherFamily.id, participantIds: otherFamily.personIds, roomId: undefined }
    const teamAppointment = await book(t, c.coordinator.auth, bookingBody(c))
    const hidden = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { ...forOther, specialistId: b.user.id, startsAt: at(4, 12), endsAt: at(4, 13) }),
    )
    const own = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { ...forOther, startsAt: at(4, 14), endsAt: at(4, 15) }),
    )

    const response = await t
      .http()
      .get(BOOKINGS)
      .set(a.auth)
      .query({ from: at(4, 0), to: at(5, 0) })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const byId = new Map(response.body.items.map((i: { id: string }) => [i.id, i]))
    expect(response.body.items.map((i: { id: string }) => i.id)).toEqual([
      teamAppointment.id,
      hidden.id,
      own.id,
    ])
    expect(byId.get(teamAppointment.id)).toMatchObject({ visibility: 'full', familyId: c.family.id })
    expect(byId.get(own.id)).toMatchObject({ visibility: 'full', familyId: otherFamily.id })
    expect(byId.get(hidden.id)).toMatchObject({
      visibility: 'busy',
      specialist: { id: b.user.id },
      serviceId: null,
      serviceName: null,
      familyId: null,
      familyReferenceCode: null,
      participants: null,
      cancelReason: null,
    })
    expect(JSON.stringify(byId.get(hidden.id))).not.toContain(otherFamily.id)

    expectProblem(await t.http().get(bookingPath(hidden.id)).set(a.auth), 404, '/problems/not-found')
    expect((await t.http().get(bookingPath(own.id)).set(a.auth)).status).toBe(200)
    const filtered = await t.http().get(BOOKINGS).set(a.auth).query({ familyId: otherFamily.id })
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([own.id])

    const audits = await auditRowsOf(t.db, 'appointment.list')
    expect(audits.some((row) => row.actorId === a.user.id)).toBe(true)
  })

  it('gives coordinators their organisation only, filters and pages by start time', async () => {
    const c = await bookingCentre(t)
    const ids: string[] = []
    for (const hour of [9, 10, 11])
      ids.push(
        (
          await book(
            t,
            c.coordinator.auth,
            bookingBody(c, { startsAt: at(11, hour), endsAt: at(11, hour, 30) }),
          )
        ).id,
      )
    const first = await t.http().get(BOOKINGS).set(c.coordinator.auth).query({ roomId: c.roomId, limit: 2 })
    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 2))
    const second = await t
      .http()
      .get(BOOKINGS)
      .set(c.coordinator.auth)
      .query({ roomId: c.roomId, limit: 2, cursor: first.body.nextCursor })
    expect(second.body).toMatchObject({ items: [{ id: ids[2] }], nextCursor: null })
    const bySite = await t
      .http()
      .get(BOOKINGS)
      .set(c.coordinator.auth)
      .query({ siteId: c.siteId, status: 'scheduled' })
    expect(bySite.body.items).toHaveLength(3)

    const outsider = await signedInUser(t, { roles: ['admin'] })
    const theirs = await t
      .http()
      .get(BOOKINGS)
      .set(outsider.auth)
      .query({ specialistId: c.specialist.user.id })
    expect(theirs.body.items).toEqual([])
  })
})
