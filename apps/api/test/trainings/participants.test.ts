import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { CERTIFICATIONS, certify } from '../support/certification-factories.js'
import { auditRowsOf, createOrganisation, createUser } from '../support/factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'
import {
  enrol,
  heldTrainingBody,
  planTraining,
  type TrainingCentre,
  trainingBody,
  trainingCentre,
  trainingPath,
} from '../support/training-factories.js'

const t = useTestApp()

const outside = (email = 'ona@moletai.example') => ({
  name: ' Ona Jonaitienė ',
  organisation: 'Molėtų r. savivaldybė',
  email,
})

const enrolledCount = async (trainingId: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select enrolled_count as n from trainings where id = ${trainingId}`,
  )
  return row?.n
}

const certificationsOf = async (userId: string) =>
  queryRows<{ level: string; certifiedOn: string; validUntil: string }>(
    t.db,
    sql`select level, certified_on::text as "certifiedOn", valid_until::text as "validUntil"
      from certifications where user_id = ${userId} order by certified_on`,
  )

/** A partner organisation under a live partnership, and one of its staff. */
async function partnerStaff(c: TrainingCentre, spec: { ended?: boolean } = {}) {
  const partner = await createOrganisation(t.db)
  await createPartnership(t.db, partner.id, c.organisationId, spec)
  return createUser(t.db, { organisationId: partner.id, roles: ['specialist'] })
}

const attendance = (c: TrainingCentre, trainingId: string, sessionId: string, entries: object[]) =>
  t
    .http()
    .put(`${trainingPath(trainingId)}/sessions/${sessionId}/attendance`)
    .set(c.coordinator.auth)
    .send({ entries })

const complete = (c: TrainingCentre, trainingId: string, participantId: string, completion = 'completed') =>
  t
    .http()
    .post(`${trainingPath(trainingId)}/participants/${participantId}/completion`)
    .set(c.coordinator.auth)
    .send({ completion })

describe('training participants', () => {
  it('are own staff, partner staff and outside persons, each once, and are audited', async () => {
    const c = await trainingCentre(t)
    const training = await planTraining(t, c.coordinator.auth, trainingBody(c, { trainerIds: [] }))
    const partner = await partnerStaff(c)
    const own = await enrol(t, c.coordinator.auth, training.id, { userId: c.specialist.user.id })
    const theirs = await enrol(t, c.coordinator.auth, training.id, { userId: partner.id })
    const stranger = await enrol(t, c.coordinator.auth, training.id, outside())
    expect(own).toMatchObject({ kind: 'staff', name: c.specialist.user.name, status: 'enrolled' })
    expect(theirs).toMatchObject({ kind: 'partner_staff', userId: partner.id, name: partner.name })
    expect(stranger).toMatchObject({
      kind: 'outside',
      userId: null,
      name: 'Ona Jonaitienė',
      organisation: 'Molėtų r. savivaldybė',
      email: 'ona@moletai.example',
    })
    const [entry] = await auditRowsOf(t.db, 'training_participant.enrol', stranger.id)
    expect(entry?.details).toMatchObject({ trainingId: training.id, email: 'ona@moletai.example' })
    const again = (body: object) =>
      t
        .http()
        .post(`${trainingPath(training.id)}/participants`)
        .set(c.coordinator.auth)
        .send(body)
    expectProblem(await again({ userId: c.specialist.user.id }), 409, '/problems/already-enrolled')
    expectProblem(await again(outside('ONA@moletai.example')), 409, '/problems/already-enrolled')
    expect(await enrolledCount(training.id)).toBe(3)
  })

  it('refuse unknown ids, staff of organisations without a live partnership, and closed trainings', async () => {
    const c = await trainingCentre(t)
    const other = await trainingCentre(t)
    const training = await planTraining(t, c.coordinator.auth, trainingBody(c, { trainerIds: [] }))
    const post = (trainingId: string, body: object) =>
      t
        .http()
        .post(`${trainingPath(trainingId)}/participants`)
        .set(c.coordinator.auth)
        .send(body)
    const unknown = '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
    expectProblem(await post(training.id, { userId: unknown }), 404, '/problems/not-found')
    expectProblem(await post(training.id, { userId: other.specialist.user.id }), 404, '/problems/not-found')
    expectProblem(await post(unknown, outside()), 404, '/problems/not-found')
    const former = await partnerStaff(c, { ended: true })
    expectProblem(await post(training.id, { userId: former.id }), 409, '/problems/partnership-required')
    expectProblem(await post(training.id, { name: 'Ona' }), 400, '/problems/validation')
    const cancelled = await t
      .http()
      .post(`${trainingPath(training.id)}/cancel`)
      .set(c.coordinator.auth)
      .set('if-match', '"1"')
      .send({ reason: 'Nėra trenerio.' })
    expect(cancelled.status).toBe(200)
    expectProblem(await post(training.id, outside()), 409, '/problems/training-closed')
    expect(await enrolledCount(training.id)).toBe(0)
  })

  it('withdraw, freeing their place, once', async () => {
    const c = await trainingCentre(t)
    const training = await planTraining(t, c.coordinator.auth, trainingBody(c, { capacity: 1 }))
    const first = await enrol(t, c.coordinator.auth, training.id, outside())
    expectProblem(
      await t
        .http()
        .post(`${trainingPath(training.id)}/participants`)
        .set(c.coordinator.auth)
        .send(outside('kitas@moletai.example')),
      409,
      '/problems/training-full',
    )
    const withdraw = () =>
      t
        .http()
        .post(`${trainingPath(training.id)}/participants/${first.id}/withdraw`)
        .set(c.coordinator.auth)
        .send({ reason: 'Serga.' })
    const withdrawn = await withdraw()
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: 'Serga.' })
    expectProblem(await withdraw(), 409, '/problems/invalid-transition')
    await enrol(t, c.coordinator.auth, training.id, outside())
    expect(await enrolledCount(training.id)).toBe(1)
  })

  it('have attendance per session, which counts their hours of training in the year', async () => {
    const c = await trainingCentre(t)
    const training = await planTraining(t, c.coordinator.auth, heldTrainingBody(c, { trainerIds: [] }))
    const [day1, day2] = training.sessions
    if (!day1 || !day2) throw new Error('two sessions expected')
    const own = await enrol(t, c.coordinator.auth, training.id, { userId: c.specialist.user.id })
    const stranger = await enrol(t, c.coordinator.auth, training.id, outside())
    const first = await attendance(c, training.id, day1.id, [
      { participantId: own.id, status: 'present' },
      { participantId: stranger.id, status: 'absent' },
    ])
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.sessions[0].presentCount).toBe(1)
    await attendance(c, training.id, day2.id, [{ participantId: own.id, status: 'excused' }])
    const changed = await attendance(c, training.id, day2.id, [{ participantId: own.id, status: 'present' }])
    expect(changed.body.participants[0].attendance).toEqual([
      { sessionId: day1.id, status: 'present' },
      { sessionId: day2.id, status: 'present' },
    ])
    expectProblem(
      await attendance(c, training.id, day1.id, [{ participantId: c.specialist.user.id, status: 'present' }]),
      400,
      '/problems/validation',
    )
    expectProblem(
      await attendance(c, training.id, c.room.id, [{ participantId: own.id, status: 'present' }]),
      404,
      '/problems/not-found',
    )
    const hours = await t
      .http()
      .get(`${trainingPath('hours')}`)
      .query({ year: 2025 })
      .set(c.coordinator.auth)
    expect(hours.status, JSON.stringify(hours.body)).toBe(200)
    const mine = hours.body.staff.find((s: { id: string }) => s.id === c.specialist.user.id)
    expect(mine).toMatchObject({
      hours: 14,
      methodologies: [{ id: c.methodology.id, name: c.methodology.name, hours: 14 }],
    })
    expect(hours.body.staff.find((s: { id: string }) => s.id === c.coordinator.user.id).hours).toBe(0)
    expect(
      (
        await t
          .http()
          .get(`${trainingPath('hours')}`)
          .query({ year: 2024 })
          .set(c.coordinator.auth)
      ).body.staff,
    ).toContainEqual(expect.objectContaining({ id: c.specialist.user.id, hours: 0 }))
    expectProblem(
      await t
        .http()
        .get(`${trainingPath('hours')}`)
        .query({ year: 2025 })
        .set(c.specialist.auth),
      403,
      '/problems/forbidden',
    )
    const myOwn = await t
      .http()
      .get(`${trainingPath('mine')}`)
      .query({ year: 2025 })
      .set(c.specialist.auth)
    expect(myOwn.status, JSON.stringify(myOwn.body)).toBe(200)
    expect(myOwn.body).toMatchObject({
      year: 2025,
      hours: 14,
      items: [{ training: { id: training.id }, role: 'participant', hours: 14 }],
    })
  })
})

describe('completing a training', () => {
  it('of accreditation certifies own staff from its last day; partner and outside persons are not certified', async () => {
    const c = await trainingCentre(t, { certificationValidityMonths: 24 })
    const training = await planTraining(t, c.coordinator.auth, heldTrainingBody(c, { trainerIds: [] }))
    const own = await enrol(t, c.coordinator.auth, training.id, { userId: c.specialist.user.id })
    const theirs = await enrol(t, c.coordinator.auth, training.id, { userId: (await partnerStaff(c)).id })
    const stranger = await enrol(t, c.coordinator.auth, training.id, outside())
    const done = await complete(c, training.id, own.id)
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body).toMatchObject({
      completion: 'completed',
      certification: {
        level: 'accredited',
        certifiedOn: '2025-03-05',
        validUntil: '2027-03-04',
        renewal: false,
      },
    })
    const mine = await t.http().get(`${CERTIFICATIONS}/mine`).set(c.specialist.auth)
    expect(mine.body.items.map((x: { id: string }) => x.id)).toEqual([done.body.certification.id])
    const [entry] = await auditRowsOf(t.db, 'certification.create', done.body.certification.id)
    expect(entry?.details).toMatchObject({ userId: c.specialist.user.id, level: 'accredited' })
    for (const p of [theirs, stranger]) {
      const response = await complete(c, training.id, p.id)
      expect(response.body).toMatchObject({ completion: 'completed', certification: null })
    }
    expectProblem(await complete(c, training.id, own.id), 409, '/problems/invalid-transition')
    const notYet = await enrol(t, c.coordinator.auth, training.id, { userId: c.coordinator.user.id })
    expect((await complete(c, training.id, notYet.id, 'not_completed')).body).toMatchObject({
      completion: 'not_completed',
      certification: null,
    })
    expect(await certificationsOf(c.coordinator.user.id)).toEqual([])
  })

  it('of a refresher renews the latest certification after it ends, or from its last day when lapsed', async () => {
    const c = await trainingCentre(t, { certificationValidityMonths: 12 })
    const lapsed = (await createUser(t.db, { organisationId: c.organisationId, roles: ['specialist'] })).id
    const never = (await createUser(t.db, { organisationId: c.organisationId, roles: ['specialist'] })).id
    await certify(t, c.coordinator.auth, {
      userId: c.specialist.user.id,
      methodologyId: c.methodology.id,
      level: 'trainer',
      certifiedOn: '2024-07-01',
    })
    await certify(t, c.coordinator.auth, {
      userId: lapsed,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2023-01-01',
    })
    const training = await planTraining(
      t,
      c.coordinator.auth,
      heldTrainingBody(c, { kind: 'refresher', trainerIds: [] }),
    )
    const results = []
    for (const userId of [c.specialist.user.id, lapsed, never]) {
      const p = await enrol(t, c.coordinator.auth, training.id, { userId })
      results.push((await complete(c, training.id, p.id)).body)
    }
    expect(results.map((r) => r.certification)).toEqual([
      expect.objectContaining({
        level: 'trainer',
        certifiedOn: '2025-07-01',
        validUntil: '2026-06-30',
        renewal: true,
      }),
      expect.objectContaining({ level: 'accredited', certifiedOn: '2025-03-05', validUntil: '2026-03-04' }),
      null,
    ])
    expect(await certificationsOf(c.specialist.user.id)).toHaveLength(2)
  })

  it('records nothing when the certification would overlap one held', async () => {
    const c = await trainingCentre(t)
    await certify(t, c.coordinator.auth, {
      userId: c.specialist.user.id,
      methodologyId: c.methodology.id,
      level: 'accredited',
      certifiedOn: '2025-01-01',
    })
    const training = await planTraining(t, c.coordinator.auth, heldTrainingBody(c, { trainerIds: [] }))
    const p = await enrol(t, c.coordinator.auth, training.id, { userId: c.specialist.user.id })
    expectProblem(await complete(c, training.id, p.id), 409, '/problems/certification-overlaps')
    const read = await t.http().get(trainingPath(training.id)).set(c.coordinator.auth)
    expect(read.body.participants[0]).toMatchObject({ completion: null, certification: null })
    expect(await certificationsOf(c.specialist.user.id)).toHaveLength(1)
    expect(await auditRowsOf(t.db, 'training_participant.completion', p.id)).toEqual([])
  })
})
