import { describe, expect, it } from 'vitest'
import { workingHours } from '../../src/db/schema/index.js'
import { todayInVilnius } from '../../src/lib/dates.js'
import { useTestApp } from '../support/app.js'
import {
  at,
  book,
  bookingBody,
  bookingCentre,
  giveAbsence,
  specialist,
} from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { auditOf } from '../support/family-factories.js'
import { expectValidationProblem } from '../support/problem.js'
import { type EventBody, groupRun, idsOf, MY_DAY } from './calendar-factories.js'

const t = useTestApp()

describe('GET /api/v1/calendar/my-day', () => {
  it("gives a specialist their own day: hours, absences, appointments and sessions in Vilnius' day", async () => {
    const c = await bookingCentre(t)
    const me = c.specialist
    const colleague = await specialist(t, c.organisationId, c.siteId)
    // An old pattern for Mondays that ended before the day asked for.
    await t.db.insert(workingHours).values({
      userId: me.user.id,
      siteId: c.siteId,
      weekday: 1,
      startsAt: '06:00',
      endsAt: '07:00',
      validFrom: '2020-01-01',
      validTo: '2026-12-31',
    })
    await giveAbsence(t.db, me.user.id, at(5, 13), at(5, 15))
    const mine = await book(t, c.coordinator.auth, bookingBody(c))
    const theirs = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { specialistId: colleague.user.id, roomId: undefined }),
    )
    const cancelled = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: at(4, 16), endsAt: at(4, 17) }),
    )
    await t
      .http()
      .post(`/api/v1/bookings/${cancelled.id}/cancel`)
      .set(c.coordinator.auth)
      .send({ reason: 'Atšaukta' })
    const run = await groupRun(t.db, {
      organisationId: c.organisationId,
      serviceId: c.serviceId,
      createdById: c.coordinator.user.id,
      facilitatorIds: [me.user.id],
      roomId: c.roomId,
      sessions: [
        { startsAt: at(4, 8), endsAt: at(4, 9) },
        // 00:30 on Tuesday in Vilnius is still Monday in UTC: it belongs to Tuesday.
        { startsAt: at(5, 0, 30), endsAt: at(5, 1, 30) },
      ],
    })

    const monday = await t.http().get(MY_DAY).set(me.auth).query({ date: '2027-01-04' })
    expect(monday.status, JSON.stringify(monday.body)).toBe(200)
    expect(monday.body).toMatchObject({
      date: '2027-01-04',
      workingHours: [{ siteId: c.siteId, siteName: expect.any(String), startsAt: '08:00', endsAt: '20:00' }],
      absences: [],
    })
    const events = monday.body.events as EventBody[]
    expect(idsOf(events)).toEqual([run.sessionIds[0], mine.id])
    expect(events.every((e) => e.visibility === 'full')).toBe(true)
    expect(events[1]).toMatchObject({ familyId: c.family.id, participants: expect.any(Array) })
    expect(idsOf(events)).not.toContain(theirs.id)

    const tuesday = await t.http().get(MY_DAY).set(me.auth).query({ date: '2027-01-05' })
    expect(tuesday.status).toBe(200)
    expect(tuesday.body.absences).toEqual([
      {
        id: expect.any(String),
        kind: 'leave',
        startsAt: new Date(at(5, 13)).toISOString(),
        endsAt: new Date(at(5, 15)).toISOString(),
      },
    ])
    expect(idsOf(tuesday.body.events)).toEqual([run.sessionIds[1]])

    const audits = await auditOf(t.db, me.user.id, 'calendar.my-day')
    expect(audits[0]?.details).toMatchObject({ date: '2027-01-04', appointments: [mine.id] })
  })

  it('is today in Vilnius by default, and open to any staff member', async () => {
    const officer = await signedInUser(t, { roles: ['accommodation_officer'] })
    const response = await t.http().get(MY_DAY).set(officer.auth)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      date: todayInVilnius(),
      workingHours: [],
      absences: [],
      events: [],
    })
  })

  it('refuses a date that is not a calendar date', async () => {
    const me = await signedInUser(t, { roles: ['specialist'] })
    for (const date of ['2027-13-01', '2027-02-30', '04/01/2027', 'today', '2027-01-04T00:00:00Z'])
      expectValidationProblem(await t.http().get(MY_DAY).set(me.auth).query({ date }), ['/querystring/date'])
  })
})
