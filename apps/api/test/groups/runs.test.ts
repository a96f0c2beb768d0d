import { and, eq, inArray } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { reservations } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  addRoom,
  at,
  BOOKINGS,
  bookableFamily,
  createService,
  giveAbsence,
  specialist,
} from '../support/booking-factories.js'
import { auditRowsOf, createOrganisation, signedInUser } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import {
  createGroupService,
  createRun,
  GROUPS,
  type GroupCentre,
  groupCentre,
  groupCounts,
  runBody,
  runPath,
} from '../support/group-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

const reservationsOf = (sessionIds: string[], active = true) =>
  t.db
    .select()
    .from(reservations)
    .where(and(inArray(reservations.sourceId, sessionIds), eq(reservations.active, active)))

describe('POST /api/v1/groups', () => {
  let c: GroupCentre
  beforeAll(async () => {
    c = await groupCentre(t)
  })

  it('creates a weekly run of eight sessions, each reserving both facilitators and the room', async () => {
    const response = await t.http().post(GROUPS).set(c.coordinator.auth).send(runBody(c))
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers.location).toBe(runPath(response.body.id))
    expect(response.headers.etag).toBe('"1"')
    expect(response.body).toMatchObject({
      serviceId: c.serviceId,
      methodology: null,
      roomId: c.roomId,
      roomName: c.roomName,
      siteId: c.siteId,
      capacity: 8,
      enrolledCount: 0,
      waitlistedCount: 0,
      status: 'planned',
      sessionCount: 8,
      firstSessionAt: '2027-01-04T15:00:00.000Z',
      lastSessionAt: '2027-02-22T15:00:00.000Z',
      version: 1,
    })
    expect(response.body.facilitators.map((f: { id: string }) => f.id).sort()).toEqual(
      c.facilitators.map((f) => f.user.id).sort(),
    )
    const sessions = response.body.sessions as { id: string; startsAt: string; endsAt: string }[]
    expect(sessions.map((s) => s.startsAt)).toEqual(
      [4, 11, 18, 25, 32, 39, 46, 53].map((day) => new Date(Date.UTC(2027, 0, day, 15)).toISOString()),
    )
    expect(sessions.every((s) => Date.parse(s.endsAt) - Date.parse(s.startsAt) === 90 * 60_000)).toBe(true)
    const reserved = await reservationsOf(sessions.map((s) => s.id))
    expect(reserved).toHaveLength(8 * 3)
    for (const session of sessions)
      expect(
        reserved
          .filter((r) => r.sourceId === session.id)
          .map((r) => `${r.sourceKind}:${r.resourceKind}:${r.resourceId}`)
          .sort(),
      ).toEqual(
        [
          `group_session:room:${c.roomId}`,
          ...c.facilitators.map((f) => `group_session:staff:${f.user.id}`),
        ].sort(),
      )
    expect(await auditRowsOf(t.db, 'group_run.create', response.body.id)).toHaveLength(1)
  })

  it('keeps the Vilnius wall-clock time across the change to summer time', async () => {
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        roomId: undefined,
        facilitatorIds: [c.facilitators[0].user.id],
        sessions: {
          weekly: { firstStartsAt: '2027-03-22T09:00:00+02:00', durationMinutes: 60, count: 2 },
        },
      }),
    )
    expect(run.sessions.map((s) => s.startsAt)).toEqual([
      '2027-03-22T07:00:00.000Z',
      '2027-03-29T06:00:00.000Z',
    ])
  })

  it('makes a single event a run of one session, with sessions every other week when asked', async () => {
    const lecture = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        title: 'Prevencinė paskaita',
        capacity: 20,
        sessions: { dates: [{ startsAt: at(5, 10), endsAt: at(5, 11) }] },
      }),
    )
    expect(lecture).toMatchObject({ capacity: 20, sessions: [{ status: 'scheduled', presentCount: 0 }] })
    const fortnightly = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        sessions: { weekly: { firstStartsAt: at(6, 9), durationMinutes: 60, count: 3, intervalWeeks: 2 } },
      }),
    )
    expect(fortnightly.sessions.map((s) => s.startsAt.slice(0, 10))).toEqual([
      '2027-01-06',
      '2027-01-20',
      '2027-02-03',
    ])
  })

  it('refuses a facilitator booked for an appointment during one session: 409 naming who and when, nothing created', async () => {
    const service = await createService(t.db, c.organisationId)
    const family = await bookableFamily(t, c.coordinator.auth)
    const [first] = c.facilitators
    const booking = await t
      .http()
      .post(BOOKINGS)
      .set(c.coordinator.auth)
      .send({
        serviceId: service.id,
        specialistId: first.user.id,
        familyId: family.id,
        participantIds: family.personIds,
        startsAt: at(12, 17, 30),
        endsAt: at(12, 18),
      })
    expect(booking.status, JSON.stringify(booking.body)).toBe(201)
    const before = await groupCounts(t.db)
    const problem = expectProblem(
      await t
        .http()
        .post(GROUPS)
        .set(c.coordinator.auth)
        .send(
          runBody(c, {
            roomId: undefined,
            sessions: { weekly: { firstStartsAt: at(5, 17), durationMinutes: 90, count: 4 } },
          }),
        ),
      409,
      '/problems/double-booking',
    )
    expect(problem.detail).toContain(first.user.name)
    expect(problem.detail).toContain('2027-01-12 17:30–18:00')
    expect(await groupCounts(t.db)).toEqual(before)
  })

  it('refuses a room another run holds then: 409 naming the room, nothing created', async () => {
    const others = [
      await specialist(t, c.organisationId, c.siteId),
      await specialist(t, c.organisationId, c.siteId),
    ]
    const before = await groupCounts(t.db)
    const problem = expectProblem(
      await t
        .http()
        .post(GROUPS)
        .set(c.coordinator.auth)
        .send(
          runBody(c, {
            facilitatorIds: others.map((o) => o.user.id),
            sessions: { dates: [{ startsAt: at(25, 18), endsAt: at(25, 19) }] },
          }),
        ),
      409,
      '/problems/double-booking',
    )
    expect(problem.detail).toContain(c.roomName)
    expect(problem.detail).toContain('2027-01-25 17:00–18:30')
    expect(await groupCounts(t.db)).toEqual(before)
  })

  it('refuses bad input with a 4xx problem and changes nothing', async () => {
    const lawyer = await specialist(t, c.organisationId, c.siteId, ['lawyer'])
    const individual = await createGroupService(t.db, c.organisationId, {
      mode: 'individual',
      defaultCapacity: null,
    })
    const smallRoom = await addRoom(t.db, c.siteId, { kind: 'group', capacity: 6 })
    const consultationRoom = await addRoom(t.db, c.siteId, { kind: 'consultation' })
    const [first] = c.facilitators
    await giveAbsence(t.db, first.user.id, at(20, 8), at(20, 20))
    const unknown = '00000000-0000-4000-8000-000000000000'
    const before = await groupCounts(t.db)
    const post = (body: Record<string, unknown>) => t.http().post(GROUPS).set(c.coordinator.auth).send(body)

    expectValidationProblem(await post(runBody(c, { serviceId: unknown })), ['/serviceId'])
    expectValidationProblem(await post(runBody(c, { serviceId: individual.id })), ['/serviceId'])
    expectValidationProblem(await post(runBody(c, { roomId: unknown })), ['/roomId'])
    expectValidationProblem(await post(runBody(c, { roomId: consultationRoom.id })), ['/roomId'])
    expectValidationProblem(await post(runBody(c, { capacity: 21 })), ['/capacity'])
    expectValidationProblem(await post(runBody(c, { roomId: smallRoom.id })), ['/capacity'])
    expectValidationProblem(await post(runBody(c, { capacity: 'twenty' })), ['/capacity'])
    expectValidationProblem(await post(runBody(c, { title: '   ' })), ['/title'])
    expectValidationProblem(await post(runBody(c, { facilitatorIds: [unknown] })), ['/facilitatorIds/0'])
    expectProblem(await post(runBody(c, { facilitatorIds: [] })), 400, '/problems/validation')
    expectProblem(
      await post(runBody(c, { facilitatorIds: [first.user.id, first.user.id] })),
      400,
      '/problems/validation',
    )
    expectProblem(
      await post(
        runBody(c, { sessions: { weekly: { firstStartsAt: at(4, 17), durationMinutes: 90, count: 53 } } }),
      ),
      400,
      '/problems/validation',
    )
    expectProblem(await post(runBody(c, { sessions: { dates: [] } })), 400, '/problems/validation')
    expectProblem(await post(runBody(c, { sessions: 'weekly' })), 400, '/problems/validation')
    expectValidationProblem(
      await post(runBody(c, { sessions: { dates: [{ startsAt: at(5, 12), endsAt: at(5, 11) }] } })),
      ['/sessions/dates/0/endsAt'],
    )
    expectValidationProblem(
      await post(runBody(c, { sessions: { dates: [{ startsAt: at(5, 8), endsAt: at(5, 18) }] } })),
      ['/sessions/dates/0/endsAt'],
    )
    expectValidationProblem(
      await post(
        runBody(c, {
          sessions: {
            dates: [
              { startsAt: at(7, 10), endsAt: at(7, 11) },
              { startsAt: at(7, 10, 30), endsAt: at(7, 11, 30) },
            ],
          },
        }),
      ),
      ['/sessions'],
    )
    const unqualified = expectProblem(
      await post(runBody(c, { facilitatorIds: [lawyer.user.id] })),
      409,
      '/problems/unqualified',
    )
    expect(unqualified.detail).toContain(lawyer.user.name)
    const late = expectProblem(
      await post(
        runBody(c, { sessions: { weekly: { firstStartsAt: at(8, 19), durationMinutes: 90, count: 2 } } }),
      ),
      409,
      '/problems/outside-working-hours',
    )
    expect(late.detail).toContain('2027-01-08 19:00–20:30')
    expectProblem(
      await post(
        runBody(c, { sessions: { weekly: { firstStartsAt: at(6, 9), durationMinutes: 60, count: 3 } } }),
      ),
      409,
      '/problems/absent',
    )
    expect(await groupCounts(t.db)).toEqual(before)
  })

  it('is for coordinators and admins of the organisation', async () => {
    const [first] = c.facilitators
    expectProblem(await t.http().post(GROUPS).set(first.auth).send(runBody(c)), 403, '/problems/forbidden')
    const outsider = await signedInUser(t, { roles: ['admin'] })
    expectValidationProblem(await t.http().post(GROUPS).set(outsider.auth).send(runBody(c)), ['/serviceId'])
  })

  it('never takes another organisation’s staff as facilitators: none, an ended or a proposed partnership', async () => {
    const ngo = await createOrganisation(t.db)
    const partnerStaff = await specialist(t, ngo.id, c.siteId)
    const before = await groupCounts(t.db)
    const post = () =>
      t
        .http()
        .post(GROUPS)
        .set(c.coordinator.auth)
        .send(runBody(c, { facilitatorIds: [partnerStaff.user.id], roomId: undefined }))
    expectValidationProblem(await post(), ['/facilitatorIds/0'])
    await createPartnership(t.db, c.organisationId, ngo.id, { serviceIds: [c.serviceId], ended: true })
    expectValidationProblem(await post(), ['/facilitatorIds/0'])
    await createPartnership(t.db, c.organisationId, ngo.id, { serviceIds: [c.serviceId], accepted: false })
    expectValidationProblem(await post(), ['/facilitatorIds/0'])
    expect(await groupCounts(t.db)).toEqual(before)
  })
})

describe('GET, PATCH /api/v1/groups/{runId} and its sessions', () => {
  let c: GroupCentre
  beforeAll(async () => {
    c = await groupCentre(t)
  })

  it('shows a run to staff of its organisation only, with an ETag', async () => {
    const run = await createRun(t, c.coordinator.auth, runBody(c))
    const [first] = c.facilitators
    const response = await t.http().get(runPath(run.id)).set(first.auth)
    expect(response.status).toBe(200)
    expect(response.headers.etag).toBe('"1"')
    expect(response.body.sessions).toHaveLength(8)
    const outsider = await signedInUser(t, { roles: ['admin'] })
    expectProblem(await t.http().get(runPath(run.id)).set(outsider.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().get(runPath('00000000-0000-4000-8000-000000000000')).set(first.auth),
      404,
      '/problems/not-found',
    )
  })

  const weeklyFrom = (day: number) =>
    runBody(c, { sessions: { weekly: { firstStartsAt: at(day, 17), durationMinutes: 90, count: 8 } } })

  it('changes title and capacity under If-Match: 428 without, 412 stale, 400 above the room', async () => {
    const run = await createRun(t, c.coordinator.auth, weeklyFrom(5))
    const patch = () => t.http().patch(runPath(run.id)).set(c.coordinator.auth)
    expectProblem(await patch().send({ capacity: 10 }), 428, '/problems/if-match-required')
    expectProblem(await patch().set(ifMatch(7)).send({ capacity: 10 }), 412, '/problems/stale-version')
    expectValidationProblem(await patch().set(ifMatch(1)).send({ capacity: 25 }), ['/capacity'])
    expectProblem(await patch().set(ifMatch(1)).send({}), 400, '/problems/validation')
    const changed = await patch().set(ifMatch(1)).send({ title: 'Ruduo', capacity: 12 })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.headers.etag).toBe('"2"')
    expect(changed.body).toMatchObject({ title: 'Ruduo', capacity: 12, version: 2 })
    expect(await auditRowsOf(t.db, 'group_run.update', run.id)).toHaveLength(1)
  })

  it('moves planned → running → cancelled; cancelling frees every future session; a closed run stays closed', async () => {
    const run = await createRun(t, c.coordinator.auth, weeklyFrom(6))
    const patch = (version: number, body: Record<string, unknown>) =>
      t.http().patch(runPath(run.id)).set(c.coordinator.auth).set(ifMatch(version)).send(body)
    expectProblem(await patch(1, { status: 'finished' }), 409, '/problems/invalid-transition')
    expect((await patch(1, { status: 'running' })).body.status).toBe('running')
    const cancelled = await patch(2, { status: 'cancelled' })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body.sessions.map((s: { status: string }) => s.status)).toEqual(
      Array(8).fill('cancelled'),
    )
    expect(cancelled.body.sessions[0].cancelReason).toBe('The group was cancelled.')
    const ids = run.sessions.map((s) => s.id)
    expect(await reservationsOf(ids, true)).toHaveLength(0)
    expect(await reservationsOf(ids, false)).toHaveLength(24)
    expectProblem(await patch(3, { title: 'x' }), 409, '/problems/run-closed')
    // the time is free again: the same run can be planned anew
    await createRun(t, c.coordinator.auth, weeklyFrom(6))
  })

  it('adds a session that reserves like the others, and refuses one clashing with the run itself', async () => {
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { sessions: { dates: [{ startsAt: at(9, 10), endsAt: at(9, 11) }] } }),
    )
    const sessions = `${runPath(run.id)}/sessions`
    const added = await t
      .http()
      .post(sessions)
      .set(c.coordinator.auth)
      .send({ startsAt: at(10, 10), endsAt: at(10, 11) })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    expect(added.body).toMatchObject({
      runId: run.id,
      status: 'scheduled',
      startsAt: '2027-01-10T08:00:00.000Z',
    })
    expect(await reservationsOf([added.body.id])).toHaveLength(3)
    const before = await groupCounts(t.db)
    const clash = expectProblem(
      await t
        .http()
        .post(sessions)
        .set(c.coordinator.auth)
        .send({ startsAt: at(9, 10, 30), endsAt: at(9, 12) }),
      409,
      '/problems/double-booking',
    )
    expect(clash.detail).toContain('2027-01-09 10:00–11:00')
    expectValidationProblem(
      await t
        .http()
        .post(sessions)
        .set(c.coordinator.auth)
        .send({ startsAt: at(11, 12), endsAt: at(11, 11) }),
      ['/endsAt'],
    )
    expectProblem(
      await t
        .http()
        .post(sessions)
        .set(c.coordinator.auth)
        .send({ startsAt: 'tomorrow', endsAt: at(11, 11) }),
      400,
      '/problems/validation',
    )
    expect(await groupCounts(t.db)).toEqual(before)
    const view = await t.http().get(runPath(run.id)).set(c.coordinator.auth)
    expect(view.body).toMatchObject({ sessionCount: 2, version: 2 })
  })

  it('cancels a session with a reason, freeing its time; only once', async () => {
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { sessions: { dates: [{ startsAt: at(13, 10), endsAt: at(13, 11) }] } }),
    )
    const session = run.sessions[0]
    if (!session) throw new Error('no session')
    const cancel = (id: string, reason = 'Facilitatorė serga.') =>
      t
        .http()
        .post(`${runPath(run.id)}/sessions/${id}/cancel`)
        .set(c.coordinator.auth)
        .send({ reason })
    expectValidationProblem(await cancel(session.id, '  '), ['/reason'])
    expectProblem(await cancel('00000000-0000-4000-8000-000000000000'), 404, '/problems/not-found')
    const cancelled = await cancel(session.id)
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Facilitatorė serga.' })
    expect(await reservationsOf([session.id])).toHaveLength(0)
    expectProblem(await cancel(session.id), 409, '/problems/invalid-transition')
    const [audit] = await auditRowsOf(t.db, 'group_session.cancel', session.id)
    expect(audit?.details).toMatchObject({ reason: 'Facilitatorė serga.' })
  })
})

describe('GET /api/v1/groups', () => {
  it('lists the organisation’s runs newest first, filtered and paged', async () => {
    const c = await groupCentre(t)
    const [first, second] = c.facilitators
    const weekly = await createRun(t, c.coordinator.auth, runBody(c))
    const lecture = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        roomId: undefined,
        facilitatorIds: [second.user.id],
        sessions: { dates: [{ startsAt: at(30, 10), endsAt: at(30, 11) }] },
      }),
    )
    const list = (query: Record<string, string | number>) => t.http().get(GROUPS).set(first.auth).query(query)
    const ids = async (query: Record<string, string | number>) => {
      const response = await list(query)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      return response.body.items.map((r: { id: string }) => r.id)
    }
    expect(await ids({ serviceId: c.serviceId })).toEqual([lecture.id, weekly.id])
    expect(await ids({ facilitatorId: first.user.id })).toEqual([weekly.id])
    expect(await ids({ serviceId: c.serviceId, from: at(29, 0), to: at(31, 0) })).toEqual([lecture.id])
    expect(await ids({ serviceId: c.serviceId, from: at(31, 0), to: at(31, 23) })).toEqual([])
    expect(await ids({ serviceId: c.serviceId, status: 'cancelled' })).toEqual([])
    const page = await list({ serviceId: c.serviceId, limit: 1 })
    expect(page.body.items).toHaveLength(1)
    expect(page.body.items[0]).toMatchObject({
      id: lecture.id,
      sessionCount: 1,
      facilitators: [{ id: second.user.id }],
    })
    expect(await ids({ serviceId: c.serviceId, limit: 1, cursor: page.body.nextCursor })).toEqual([weekly.id])
    expectProblem(await list({ cursor: 'nonsense' }), 400, '/problems/validation')
    expectProblem(await list({ status: 'paused' }), 400, '/problems/validation')
    const outsider = await signedInUser(t, { roles: ['admin'] })
    const theirs = await t.http().get(GROUPS).set(outsider.auth).query({ serviceId: c.serviceId })
    expect(theirs.body.items).toEqual([])
  })
})
