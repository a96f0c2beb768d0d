import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import {
  addToCaseTeam,
  at,
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  createRoom,
  createSite,
  specialist,
} from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { membersOf, type SignedIn } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { CALENDAR, calendarOf, cancelBooking, groupRun, idsOf } from './calendar-factories.js'

const t = useTestApp()

/** Monday 4 January 2027, Vilnius. */
const DAY = { from: at(4, 0), to: at(5, 0) }

interface Centre {
  c: BookingCentre
  a: SignedIn
  b: SignedIn
  roomTwoId: string
  otherSiteId: string
  familyCode: string
  memberNames: string[]
  ids: Record<'ownA' | 'roomTwoB' | 'homeA' | 'cancelledA' | 'session' | 'cancelledSession', string>
  runId: string
  otherSiteSession: string
}

let centre: Centre

/**
 * Specialist A (on the family's team) and B (not) at one site with two rooms; a group run facilitated by
 * both in room one, and another site where B runs a group.
 */
beforeAll(async () => {
  const c = await bookingCentre(t)
  const a = c.specialist
  const b = await specialist(t, c.organisationId, c.siteId)
  await addToCaseTeam(t.db, c.family.id, a.user.id)
  const roomTwo = await createRoom(t.db, c.siteId)
  const otherSite = await createSite(t.db, c.organisationId)
  const otherRoom = await createRoom(t.db, otherSite.id, { kind: 'group' })

  const ownA = await book(t, c.coordinator.auth, bookingBody(c))
  const roomTwoB = await book(
    t,
    c.coordinator.auth,
    bookingBody(c, { specialistId: b.user.id, roomId: roomTwo.id, startsAt: at(4, 12), endsAt: at(4, 13) }),
  )
  const homeA = await book(
    t,
    c.coordinator.auth,
    bookingBody(c, { roomId: undefined, startsAt: at(4, 14), endsAt: at(4, 15) }),
  )
  const cancelledA = await book(
    t,
    c.coordinator.auth,
    bookingBody(c, { startsAt: at(4, 16), endsAt: at(4, 17) }),
  )
  await cancelBooking(t, c.coordinator.auth, cancelledA.id)

  const run = await groupRun(t.db, {
    organisationId: c.organisationId,
    serviceId: c.serviceId,
    createdById: c.coordinator.user.id,
    facilitatorIds: [a.user.id, b.user.id],
    roomId: c.roomId,
    sessions: [
      { startsAt: at(4, 8), endsAt: at(4, 9, 30) },
      { startsAt: at(4, 18), endsAt: at(4, 19), status: 'cancelled' },
      { startsAt: at(11, 8), endsAt: at(11, 9, 30) },
    ],
  })
  const other = await groupRun(t.db, {
    organisationId: c.organisationId,
    serviceId: c.serviceId,
    createdById: c.coordinator.user.id,
    facilitatorIds: [b.user.id],
    roomId: otherRoom.id,
    sessions: [{ startsAt: at(4, 10), endsAt: at(4, 11) }],
  })
  const members = await membersOf(t, c.coordinator.auth, c.family.id)
  centre = {
    c,
    a,
    b,
    roomTwoId: roomTwo.id,
    otherSiteId: otherSite.id,
    familyCode: (ownA as unknown as { familyReferenceCode: string }).familyReferenceCode,
    memberNames: members.flatMap((m) => [m.givenName, m.familyName]),
    ids: {
      ownA: ownA.id,
      roomTwoB: roomTwoB.id,
      homeA: homeA.id,
      cancelledA: cancelledA.id,
      session: run.sessionIds[0] ?? '',
      cancelledSession: run.sessionIds[1] ?? '',
    },
    runId: run.run.id,
    otherSiteSession: other.sessionIds[0] ?? '',
  }
})

describe('GET /api/v1/calendar', () => {
  it("shows a specialist's appointments and group sessions, earliest first, in full to a coordinator", async () => {
    const { c, a, b, ids, runId, familyCode } = centre
    const items = await calendarOf(t, c.coordinator.auth, { ...DAY, specialistId: a.user.id })
    expect(idsOf(items)).toEqual([ids.session, ids.ownA, ids.homeA])

    const [session, appointment, home] = items
    expect(appointment).toMatchObject({
      kind: 'appointment',
      visibility: 'full',
      startsAt: new Date(at(4, 10)).toISOString(),
      endsAt: new Date(at(4, 11)).toISOString(),
      status: 'scheduled',
      title: 'Psichologo konsultacija',
      serviceId: c.serviceId,
      staff: [{ id: a.user.id, name: a.user.name }],
      room: { id: c.roomId, name: expect.any(String) },
      siteId: c.siteId,
      familyId: c.family.id,
      familyReferenceCode: familyCode,
      runId: null,
      enrolledCount: null,
      capacity: null,
    })
    expect(appointment?.participants?.map((p) => p.personId).sort()).toEqual([...c.family.personIds].sort())
    expect(home).toMatchObject({ room: null, siteId: null, visibility: 'full' })
    expect(session).toMatchObject({
      kind: 'group_session',
      visibility: 'full',
      status: 'scheduled',
      title: expect.stringContaining('Tėvystės įgūdžių grupė'),
      room: { id: c.roomId },
      siteId: c.siteId,
      familyId: null,
      familyReferenceCode: null,
      participants: null,
      runId,
      enrolledCount: 7,
      capacity: 20,
    })
    expect((session?.staff ?? []).map((s) => s.id).sort()).toEqual([a.user.id, b.user.id].sort())
  })

  it('lists cancelled appointments and sessions only when asked', async () => {
    const { c, a, ids } = centre
    const items = await calendarOf(t, c.coordinator.auth, {
      ...DAY,
      specialistId: a.user.id,
      includeCancelled: true,
    })
    expect(idsOf(items)).toEqual([ids.session, ids.ownA, ids.homeA, ids.cancelledA, ids.cancelledSession])
    expect(items.slice(3).map((i) => i.status)).toEqual(['cancelled', 'cancelled'])
  })

  it("shows a room's and a site's calendar", async () => {
    const { c, ids, roomTwoId, otherSiteId, otherSiteSession } = centre
    const room = await calendarOf(t, c.coordinator.auth, { ...DAY, roomId: c.roomId })
    expect(idsOf(room)).toEqual([ids.session, ids.ownA])
    expect(idsOf(await calendarOf(t, c.coordinator.auth, { ...DAY, roomId: roomTwoId }))).toEqual([
      ids.roomTwoB,
    ])
    const site = await calendarOf(t, c.coordinator.auth, { ...DAY, siteId: c.siteId })
    expect(idsOf(site)).toEqual([ids.session, ids.ownA, ids.roomTwoB])
    expect(idsOf(await calendarOf(t, c.coordinator.auth, { ...DAY, siteId: otherSiteId }))).toEqual([
      otherSiteSession,
    ])
  })

  it('only lists what overlaps the period', async () => {
    const { c, a, ids } = centre
    const items = await calendarOf(t, c.coordinator.auth, {
      from: at(4, 10, 30),
      to: at(4, 14, 0),
      specialistId: a.user.id,
    })
    expect(idsOf(items)).toEqual([ids.ownA])
  })

  it("shows a specialist off the family's team the family's appointments only as busy time", async () => {
    const { a, b, ids, familyCode, memberNames, c } = centre
    const response = await t
      .http()
      .get(CALENDAR)
      .set(b.auth)
      .query({ ...DAY, specialistId: a.user.id })
    expect(response.status).toBe(200)
    const items = response.body.items as Record<string, unknown>[]
    expect(idsOf(items as { id: string }[])).toEqual([ids.session, ids.ownA, ids.homeA])
    for (const busy of items.slice(1))
      expect(busy).toMatchObject({
        kind: 'appointment',
        visibility: 'busy',
        title: null,
        serviceId: null,
        familyId: null,
        familyReferenceCode: null,
        participants: null,
        staff: [{ id: a.user.id, name: a.user.name }],
      })
    expect(items[0]).toMatchObject({ kind: 'group_session', visibility: 'full' })
    const text = JSON.stringify(response.body)
    expect(text).not.toContain(c.family.id)
    expect(text).not.toContain(familyCode)
    for (const name of memberNames) expect(text).not.toContain(name)

    // Their own appointment with the same family is theirs to see in full.
    const own = await calendarOf(t, b.auth, { ...DAY, specialistId: b.user.id })
    expect(own.find((i) => i.id === ids.roomTwoB)).toMatchObject({
      visibility: 'full',
      familyId: c.family.id,
    })
    // A on the family's team sees B's appointment with it in full.
    const onTeam = await calendarOf(t, a.auth, { ...DAY, specialistId: b.user.id })
    expect(onTeam.find((i) => i.id === ids.roomTwoB)).toMatchObject({ visibility: 'full' })

    const audits = (await auditRowsOf(t.db, 'calendar.read')).filter((row) => row.actorId === b.user.id)
    expect(audits[0]?.details).toMatchObject({ appointments: [], busy: 2, groupSessions: 1 })
  })

  it("shows another organisation's staff nothing", async () => {
    const { a } = centre
    const outsider = await signedInUser(t, { roles: ['coordinator'] })
    expect(await calendarOf(t, outsider.auth, { ...DAY, specialistId: a.user.id })).toEqual([])
    expect(await calendarOf(t, outsider.auth, { ...DAY, siteId: centre.c.siteId })).toEqual([])
  })

  it('refuses bad periods and anything but exactly one of specialist, room and site', async () => {
    const { c, a } = centre
    const ask = (query: Record<string, unknown>) =>
      t.http().get(CALENDAR).set(c.coordinator.auth).query(query)
    const one = { specialistId: a.user.id }

    expectValidationProblem(await ask(DAY), [
      '/querystring/specialistId',
      '/querystring/roomId',
      '/querystring/siteId',
    ])
    expectValidationProblem(await ask({ ...DAY, ...one, roomId: c.roomId }), [
      '/querystring/specialistId',
      '/querystring/roomId',
    ])
    expectValidationProblem(await ask({ ...DAY, ...one, roomId: c.roomId, siteId: c.siteId }), [
      '/querystring/specialistId',
      '/querystring/roomId',
      '/querystring/siteId',
    ])
    const sixWeeksLater = '2027-02-12T00:00:00+02:00'
    const tooLong = expectValidationProblem(
      await ask({ from: at(1, 0), to: '2027-02-12T00:00:01+02:00', ...one }),
      ['/querystring/to'],
    )
    expect(tooLong.detail).toContain('42 days')
    expect((await ask({ from: at(1, 0), to: sixWeeksLater, ...one })).status).toBe(200)
    expectValidationProblem(await ask({ from: at(5, 0), to: at(4, 0), ...one }), ['/querystring/to'])
    expectValidationProblem(await ask({ from: at(4, 0), to: at(4, 0), ...one }), ['/querystring/to'])
    expect((await ask({ from: '2027-01-04', to: at(5, 0), ...one })).status).toBe(400)
    expect((await ask({ from: 'yesterday', to: at(5, 0), ...one })).status).toBe(400)
    expect((await ask({ from: at(4, 0), ...one })).status).toBe(400)
    expect((await ask({ ...DAY, specialistId: 'not-a-uuid' })).status).toBe(400)
    expect((await ask({ ...DAY, ...one, includeCancelled: 'perhaps' })).status).toBe(400)
    expectProblem(await ask({ ...DAY, ...one, colour: 'red' }), 400, '/problems/validation')
  })

  it('is closed to roles without bookings', async () => {
    const officer = await signedInUser(t, {
      organisationId: centre.c.organisationId,
      roles: ['accommodation_officer'],
    })
    expectProblem(
      await t
        .http()
        .get(CALENDAR)
        .set(officer.auth)
        .query({ ...DAY, siteId: centre.c.siteId }),
      403,
      '/problems/forbidden',
    )
  })
})
