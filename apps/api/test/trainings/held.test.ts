import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { auditRowsOf } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'
import {
  enrol,
  march,
  planTraining,
  type TrainingCentre,
  trainingBody,
  trainingCentre,
  trainingPath,
} from '../support/training-factories.js'

const t = useTestApp()

const attendance = (c: TrainingCentre, trainingId: string, sessionId: string, participantId: string) =>
  t
    .http()
    .put(`${trainingPath(trainingId)}/sessions/${sessionId}/attendance`)
    .set(c.coordinator.auth)
    .send({ entries: [{ participantId, status: 'present' }] })

const complete = (c: TrainingCentre, trainingId: string, participantId: string, completion: string) =>
  t
    .http()
    .post(`${trainingPath(trainingId)}/participants/${participantId}/completion`)
    .set(c.coordinator.auth)
    .send({ completion })

const attendanceRows = async (trainingId: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from training_attendance a
      join training_sessions s on s.id = a.session_id where s.training_id = ${trainingId}`,
  )
  return row?.n
}

describe('a training not held yet', () => {
  it('takes attendance only for sessions that have started, and completion once its last one has', async () => {
    const c = await trainingCentre(t)
    // The first day is past, the last one (2031) to come.
    const training = await planTraining(
      t,
      c.coordinator.auth,
      trainingBody(c, {
        trainerIds: [],
        sessions: [
          { startsAt: march(4, 9, 2025), endsAt: march(4, 16, 2025) },
          { startsAt: march(5, 9), endsAt: march(5, 16) },
        ],
      }),
    )
    const [held, coming] = training.sessions
    if (!held || !coming) throw new Error('two sessions expected')
    const p = await enrol(t, c.coordinator.auth, training.id, { userId: c.specialist.user.id })

    const taken = await attendance(c, training.id, held.id, p.id)
    expect(taken.status, JSON.stringify(taken.body)).toBe(200)
    expectProblem(await attendance(c, training.id, coming.id, p.id), 409, '/problems/not-started')
    for (const completion of ['completed', 'not_completed'])
      expectProblem(await complete(c, training.id, p.id, completion), 409, '/problems/training-not-held')
    expectProblem(
      await t
        .http()
        .patch(trainingPath(training.id))
        .set(c.coordinator.auth)
        .set(ifMatch(1))
        .send({ status: 'completed' }),
      409,
      '/problems/training-not-held',
    )

    const read = await t.http().get(trainingPath(training.id)).set(c.coordinator.auth)
    expect(read.body).toMatchObject({ status: 'planned', version: 1 })
    expect(read.body.participants[0]).toMatchObject({
      attendance: [{ sessionId: held.id, status: 'present' }],
      completion: null,
      certification: null,
    })
    expect(await attendanceRows(training.id)).toBe(1)
    expect(await auditRowsOf(t.db, 'training_participant.completion', p.id)).toEqual([])
    expect(await auditRowsOf(t.db, 'training.update', training.id)).toEqual([])
  })
})
