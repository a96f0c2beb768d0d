import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { deliveredServices } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { specialist } from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import {
  attendancePath,
  createRun,
  enrol,
  enrolmentsPath,
  familiesOfOne,
  type GroupCentre,
  groupCentre,
  groupCounts,
  pastRun,
  runBody,
  runPath,
} from '../support/group-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

let c: GroupCentre
beforeAll(async () => {
  c = await groupCentre(t)
})

const deliveriesOf = (sessionId: string) =>
  t.db.select().from(deliveredServices).where(eq(deliveredServices.sourceId, sessionId))

type Entry = { personId: string; status: string | null; enrolmentStatus: string }

describe('the attendance register of a session', () => {
  it('lists the enrolled, records marks, and counts one delivery per person present', async () => {
    const run = await pastRun(t, c, 7, 2)
    const session = run.sessions[0]
    if (!session) throw new Error('no session')
    const families = await familiesOfOne(t, c.coordinator.auth, 3)
    const [a, b, waiting] = families.map((f) => f.personIds[0] ?? '')
    for (const person of [a, b, waiting]) await enrol(t, c.coordinator.auth, run.id, person ?? '')
    const [facilitator] = c.facilitators
    const path = attendancePath(run.id, session.id)

    const empty = await t.http().get(path).set(facilitator.auth)
    expect(empty.status, JSON.stringify(empty.body)).toBe(200)
    expect(empty.body.session).toMatchObject({ id: session.id, status: 'scheduled', presentCount: 0 })
    expect(empty.body.entries.map((e: Entry) => [e.personId, e.status]).sort()).toEqual(
      [
        [a, null],
        [b, null],
      ].sort(),
    )

    const put = (entries: { personId: string | undefined; status: string }[]) =>
      t.http().put(path).set(facilitator.auth).send({ entries })
    const first = await put([
      { personId: a, status: 'present' },
      { personId: b, status: 'absent' },
    ])
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.session).toMatchObject({ status: 'held', presentCount: 1 })
    expect(Object.fromEntries(first.body.entries.map((e: Entry) => [e.personId, e.status]))).toEqual({
      [a ?? '']: 'present',
      [b ?? '']: 'absent',
    })
    const delivered = await deliveriesOf(session.id)
    expect(delivered).toEqual([
      expect.objectContaining({
        sourceKind: 'group_session',
        personId: a,
        familyId: families[0]?.id,
        serviceId: c.serviceId,
        organisationId: c.organisationId,
        deliveredById: null,
        deliveredAt: new Date(session.startsAt),
        durationMinutes: 90,
      }),
    ])

    const changed = await put([
      { personId: a, status: 'excused' },
      { personId: b, status: 'present' },
    ])
    expect(changed.status).toBe(200)
    expect((await deliveriesOf(session.id)).map((d) => d.personId)).toEqual([b])
    // recording the same again changes nothing
    expect((await put([{ personId: b, status: 'present' }])).status).toBe(200)
    expect((await deliveriesOf(session.id)).map((d) => d.personId)).toEqual([b])
    expect(await auditRowsOf(t.db, 'group_attendance.record', session.id)).toHaveLength(3)
    expect(await auditRowsOf(t.db, 'group_attendance.read', session.id)).toHaveLength(1)

    // a person withdrawn after their attendance was taken stays on that register
    const roster = await t.http().get(enrolmentsPath(run.id)).set(c.coordinator.auth)
    const bEnrolment = roster.body.enrolled.find((e: { personId: string }) => e.personId === b)
    await t
      .http()
      .post(`${enrolmentsPath(run.id)}/${bEnrolment.id}/withdraw`)
      .set(c.coordinator.auth)
      .send({ reason: 'Persikėlė.' })
    const after = await t.http().get(path).set(c.coordinator.auth)
    expect(
      Object.fromEntries(after.body.entries.map((e: Entry) => [e.personId, [e.enrolmentStatus, e.status]])),
    ).toEqual({
      [a ?? '']: ['enrolled', 'excused'],
      [b ?? '']: ['withdrawn', 'present'],
      [waiting ?? '']: ['enrolled', null],
    })
  })

  it('refuses bad marks with a 4xx problem and changes nothing', async () => {
    const run = await pastRun(t, c, 9, 1)
    const session = run.sessions[0]
    if (!session) throw new Error('no session')
    const [one, two] = (await familiesOfOne(t, c.coordinator.auth, 2)).map((f) => f.personIds[0] ?? '')
    await enrol(t, c.coordinator.auth, run.id, one ?? '')
    await enrol(t, c.coordinator.auth, run.id, two ?? '')
    const future = await createRun(t, c.coordinator.auth, runBody(c))
    const cancelledRun = await pastRun(t, c, 12)
    const cancelledSession = cancelledRun.sessions[0]?.id ?? ''
    const cancel = await t
      .http()
      .post(`${runPath(cancelledRun.id)}/sessions/${cancelledSession}/cancel`)
      .set(c.coordinator.auth)
      .send({ reason: 'Liga.' })
    expect(cancel.status).toBe(200)
    await enrol(t, c.coordinator.auth, cancelledRun.id, one ?? '')
    const before = await groupCounts(t.db)
    const put = (path: string, body: object) => t.http().put(path).set(c.coordinator.auth).send(body)
    const path = attendancePath(run.id, session.id)
    const unknown = '00000000-0000-4000-8000-000000000000'

    expectValidationProblem(await put(path, { entries: [{ personId: two, status: 'present' }] }), [
      '/entries/0/personId',
    ])
    expectValidationProblem(await put(path, { entries: [{ personId: unknown, status: 'present' }] }), [
      '/entries/0/personId',
    ])
    expectValidationProblem(
      await put(path, {
        entries: [
          { personId: one, status: 'present' },
          { personId: one, status: 'absent' },
        ],
      }),
      ['/entries/1/personId'],
    )
    expectProblem(
      await put(path, { entries: [{ personId: one, status: 'late' }] }),
      400,
      '/problems/validation',
    )
    expectProblem(await put(path, { entries: [] }), 400, '/problems/validation')
    expectProblem(await put(path, { entries: 'all present' }), 400, '/problems/validation')
    expectProblem(await put(attendancePath(run.id, unknown), { entries: [] }), 400, '/problems/validation')
    expectProblem(
      await put(attendancePath(run.id, unknown), { entries: [{ personId: one, status: 'present' }] }),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await put(attendancePath(future.id, session.id), { entries: [{ personId: one, status: 'present' }] }),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await put(attendancePath(future.id, future.sessions[0]?.id ?? ''), {
        entries: [{ personId: one, status: 'present' }],
      }),
      409,
      '/problems/not-started',
    )
    expectProblem(
      await put(attendancePath(cancelledRun.id, cancelledSession), {
        entries: [{ personId: one, status: 'present' }],
      }),
      409,
      '/problems/invalid-transition',
    )
    expect(await groupCounts(t.db)).toEqual(before)
  })

  it("is taken by the run's facilitators, coordinators and admins only", async () => {
    const run = await pastRun(t, c, 14)
    const session = run.sessions[0]
    if (!session) throw new Error('no session')
    const person = c.family.personIds[0] ?? ''
    await enrol(t, c.coordinator.auth, run.id, person)
    const path = attendancePath(run.id, session.id)
    const body = { entries: [{ personId: person, status: 'present' }] }
    const before = await groupCounts(t.db)
    const bystander = await specialist(t, c.organisationId, c.siteId)
    expectProblem(await t.http().get(path).set(bystander.auth), 403, '/problems/forbidden')
    expectProblem(await t.http().put(path).set(bystander.auth).send(body), 403, '/problems/forbidden')
    const intake = await signedInUser(t, { organisationId: c.organisationId, roles: ['intake'] })
    expectProblem(await t.http().put(path).set(intake.auth).send(body), 403, '/problems/forbidden')
    const outsider = await signedInUser(t, { roles: ['admin'] })
    expectProblem(await t.http().put(path).set(outsider.auth).send(body), 404, '/problems/not-found')
    expect(await groupCounts(t.db)).toEqual(before)
    const admin = await signedInUser(t, { organisationId: c.organisationId, roles: ['admin'] })
    expect((await t.http().put(path).set(admin.auth).send(body)).status).toBe(200)
    const [, second] = c.facilitators
    expect((await t.http().get(path).set(second.auth)).body.entries).toEqual([
      expect.objectContaining({ personId: person, status: 'present' }),
    ])
  })
})
