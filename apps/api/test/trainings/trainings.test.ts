import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { auditRowsOf } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import { createMethodology, METHODOLOGIES } from '../support/methodology-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'
import {
  enrol,
  heldTrainingBody,
  march,
  planTraining,
  TRAININGS,
  trainingBody,
  trainingCentre,
  trainingPath,
} from '../support/training-factories.js'

const t = useTestApp()

const activeReservations = async (trainingId: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from reservations r join training_sessions s on s.id = r.source_id
      where r.source_kind = 'training' and r.active and s.training_id = ${trainingId}`,
  )
  return row?.n
}

const trainingsOf = async (organisationId: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from trainings where organisation_id = ${organisationId}`,
  )
  return row?.n
}

describe('training events', () => {
  it('are planned by a coordinator, reserve the room and trainers for every session, and are audited', async () => {
    const c = await trainingCentre(t)
    const response = await t.http().post(TRAININGS).set(c.coordinator.auth).send(trainingBody(c))
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers.etag).toBe('"1"')
    expect(response.headers.location).toBe(trainingPath(response.body.id))
    expect(response.body).toMatchObject({
      methodology: { id: c.methodology.id, name: c.methodology.name },
      kind: 'accreditation',
      roomId: c.room.id,
      roomName: c.room.name,
      capacity: 10,
      enrolledCount: 0,
      status: 'planned',
      startsOn: '2031-03-04',
      endsOn: '2031-03-05',
      trainers: [{ id: c.specialist.user.id, name: c.specialist.user.name }],
      outsideTrainers: [{ name: 'Rasa Kazlauskienė', organisation: 'Triple P International' }],
      participants: [],
    })
    expect(response.body.sessions).toHaveLength(2)
    expect(await activeReservations(response.body.id)).toBe(4)
    const [entry] = await auditRowsOf(t.db, 'training.create', response.body.id)
    expect(entry?.details).toMatchObject({ trainerIds: [c.specialist.user.id], roomId: c.room.id })
  })

  it('need no room and no staff trainer: an outside trainer alone reserves nothing', async () => {
    const c = await trainingCentre(t)
    const { roomId: _room, ...withoutRoom } = trainingBody(c, { trainerIds: [] })
    const training = await planTraining(t, c.coordinator.auth, withoutRoom)
    expect(training).toMatchObject({ roomId: null, trainers: [], sessions: [{}, {}] })
    expect(await activeReservations(training.id)).toBe(0)
  })

  it('refuse a room or trainer already booked with a 409 naming the clash, and create nothing', async () => {
    const c = await trainingCentre(t)
    await planTraining(t, c.coordinator.auth, trainingBody(c))
    const overlapping = [{ startsAt: march(5, 15), endsAt: march(5, 17) }]
    const roomTaken = expectProblem(
      await t
        .http()
        .post(TRAININGS)
        .set(c.coordinator.auth)
        .send(trainingBody(c, { trainerIds: [], sessions: overlapping })),
      409,
      '/problems/double-booking',
    )
    expect(roomTaken.detail).toContain(c.room.name)
    const trainerTaken = expectProblem(
      await t
        .http()
        .post(TRAININGS)
        .set(c.coordinator.auth)
        .send(trainingBody(c, { roomId: undefined, sessions: overlapping })),
      409,
      '/problems/double-booking',
    )
    expect(trainerTaken.detail).toContain(c.specialist.user.name)
    expect(await trainingsOf(c.organisationId)).toBe(1)
  })

  it('answer bad input with a clear 4xx and change nothing', async () => {
    const c = await trainingCentre(t)
    const other = await trainingCentre(t)
    const unknown = '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
    const retired = await createMethodology(t, c.admin.auth)
    const retire = await t
      .http()
      .patch(`${METHODOLOGIES}/${retired.id}`)
      .set(c.admin.auth)
      .set(ifMatch(1))
      .send({ active: false })
    expect(retire.status).toBe(200)
    const post = (overrides: Record<string, unknown>) =>
      t.http().post(TRAININGS).set(c.coordinator.auth).send(trainingBody(c, overrides))
    expectProblem(await post({ methodologyId: unknown }), 404, '/problems/not-found')
    expectProblem(await post({ methodologyId: other.methodology.id }), 404, '/problems/not-found')
    expectProblem(await post({ trainerIds: [other.specialist.user.id] }), 404, '/problems/not-found')
    expectProblem(await post({ methodologyId: retired.id }), 409, '/problems/invalid-transition')
    expectProblem(await post({ roomId: other.room.id }), 400, '/problems/validation')
    expectProblem(await post({ capacity: 31 }), 400, '/problems/validation')
    expectProblem(await post({ trainerIds: [], outsideTrainers: [] }), 400, '/problems/validation')
    expectProblem(
      await post({
        sessions: [
          { startsAt: march(4, 9), endsAt: march(4, 12) },
          { startsAt: march(4, 11), endsAt: march(4, 13) },
        ],
      }),
      400,
      '/problems/validation',
    )
    expectProblem(
      await post({ sessions: [{ startsAt: march(4, 9), endsAt: march(4, 8) }] }),
      400,
      '/problems/validation',
    )
    expect(await trainingsOf(c.organisationId)).toBe(0)
  })

  it('are cancelled under If-Match, freeing their time; a cancelled one changes no more', async () => {
    const c = await trainingCentre(t)
    const training = await planTraining(t, c.coordinator.auth, trainingBody(c))
    const cancel = (version: number) =>
      t
        .http()
        .post(`${trainingPath(training.id)}/cancel`)
        .set(c.coordinator.auth)
        .set(ifMatch(version))
        .send({ reason: 'Trenerė suserga.' })
    expectProblem(await cancel(2), 412, '/problems/stale-version')
    const cancelled = await cancel(1)
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Trenerė suserga.',
      version: 2,
    })
    expect(await activeReservations(training.id)).toBe(0)
    expectProblem(await cancel(2), 409, '/problems/training-closed')
    expectProblem(
      await t
        .http()
        .patch(trainingPath(training.id))
        .set(c.coordinator.auth)
        .set(ifMatch(2))
        .send({ title: 'Nauji' }),
      409,
      '/problems/training-closed',
    )
    await planTraining(t, c.coordinator.auth, trainingBody(c))
  })

  it('are changed under If-Match; the capacity never falls below those enrolled', async () => {
    const c = await trainingCentre(t)
    const training = await planTraining(t, c.coordinator.auth, heldTrainingBody(c, { capacity: 2 }))
    for (const email of ['a@kitur.example', 'b@kitur.example'])
      await enrol(t, c.coordinator.auth, training.id, { name: 'Ona', organisation: 'Savivaldybė', email })
    const patch = (version: number, body: object) =>
      t.http().patch(trainingPath(training.id)).set(c.coordinator.auth).set(ifMatch(version)).send(body)
    expectProblem(await patch(1, { capacity: 1 }), 409, '/problems/training-full')
    const changed = await patch(1, { title: ' Akreditacija ', capacity: 3, status: 'completed' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({
      title: 'Akreditacija',
      capacity: 3,
      status: 'completed',
      version: 2,
    })
    expectProblem(await patch(1, { capacity: 4 }), 412, '/problems/stale-version')
    expectProblem(
      await t.http().patch(trainingPath(training.id)).set(c.coordinator.auth).send({ capacity: 4 }),
      428,
      '/problems/if-match-required',
    )
  })

  it('are managed by coordinators and admins; other staff read only those they train or take part in', async () => {
    const c = await trainingCentre(t)
    const training = await planTraining(t, c.admin.auth, trainingBody(c, { trainerIds: [] }))
    expectProblem(await t.http().get(TRAININGS).set(c.specialist.auth), 403, '/problems/forbidden')
    expectProblem(
      await t.http().post(TRAININGS).set(c.specialist.auth).send(trainingBody(c)),
      403,
      '/problems/forbidden',
    )
    expectProblem(
      await t.http().get(trainingPath(training.id)).set(c.specialist.auth),
      404,
      '/problems/not-found',
    )
    await enrol(t, c.coordinator.auth, training.id, { userId: c.specialist.user.id })
    const own = await t.http().get(trainingPath(training.id)).set(c.specialist.auth)
    expect(own.status).toBe(200)
    expect(own.headers.etag).toBe('"1"')
    const [read] = await auditRowsOf(t.db, 'training.read', training.id)
    expect(read?.details).toMatchObject({ participantIds: [own.body.participants[0].id] })
  })

  it('are listed by first day, filtered and paged', async () => {
    const c = await trainingCentre(t)
    const early = await planTraining(t, c.coordinator.auth, trainingBody(c))
    const later = await planTraining(
      t,
      c.coordinator.auth,
      trainingBody(c, { kind: 'refresher', sessions: [{ startsAt: march(20, 9), endsAt: march(20, 12) }] }),
    )
    const list = (query: Record<string, unknown>) =>
      t.http().get(TRAININGS).query(query).set(c.coordinator.auth)
    const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((x) => x.id)
    expect(ids(await list({}))).toEqual([early.id, later.id])
    expect(ids(await list({ from: '2031-03-06' }))).toEqual([later.id])
    expect(ids(await list({ to: '2031-03-04' }))).toEqual([early.id])
    expect(ids(await list({ kind: 'refresher' }))).toEqual([later.id])
    expect(ids(await list({ methodologyId: c.methodology.id, status: 'cancelled' }))).toEqual([])
    const first = await list({ limit: 1 })
    expect(ids(first)).toEqual([early.id])
    const second = await list({ limit: 1, cursor: first.body.nextCursor })
    expect(ids(second)).toEqual([later.id])
    expect(second.body.nextCursor).toBeNull()
  })
})
