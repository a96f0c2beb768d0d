import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { auditRowsOf } from '../support/factories.js'
import {
  enrol,
  heldTrainingBody,
  planTraining,
  trainingCentre,
  trainingPath,
} from '../support/training-factories.js'

const t = useTestApp()

const ONA = 'ona@moletai.example'
const JONAS = 'jonas@moletai.example'

describe('a training read by a participant who does not manage trainings', () => {
  it('shows the others by name and organisation only: no e-mail, withdrawal, attendance or completion', async () => {
    const c = await trainingCentre(t)
    const training = await planTraining(t, c.coordinator.auth, heldTrainingBody(c, { trainerIds: [] }))
    const [day] = training.sessions
    if (!day) throw new Error('a session expected')
    const own = await enrol(t, c.coordinator.auth, training.id, { userId: c.specialist.user.id })
    const ona = await enrol(t, c.coordinator.auth, training.id, {
      name: 'Ona Jonaitienė',
      organisation: 'Molėtų r. savivaldybė',
      email: ONA,
    })
    const jonas = await enrol(t, c.coordinator.auth, training.id, {
      name: 'Jonas Jonaitis',
      organisation: 'Molėtų r. savivaldybė',
      email: JONAS,
    })
    const manage = async (path: string, body: object, method: 'post' | 'put' = 'post') => {
      const response = await t
        .http()
        [method](`${trainingPath(training.id)}/${path}`)
        .set(c.coordinator.auth)
        .send(body)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
    await manage(`participants/${jonas.id}/withdraw`, { reason: 'Serga gripu.' })
    await manage(
      `sessions/${day.id}/attendance`,
      {
        entries: [
          { participantId: own.id, status: 'present' },
          { participantId: ona.id, status: 'absent' },
        ],
      },
      'put',
    )
    await manage(`participants/${ona.id}/completion`, { completion: 'not_completed' })

    const managed = await t.http().get(trainingPath(training.id)).set(c.coordinator.auth)
    expect(managed.text).toContain(ONA)
    expect(managed.text).toContain(JONAS)

    const seen = await t.http().get(trainingPath(training.id)).set(c.specialist.auth)
    expect(seen.status, JSON.stringify(seen.body)).toBe(200)
    for (const hidden of [ONA, JONAS, 'Serga gripu', 'not_completed', 'absent'])
      expect(seen.text).not.toContain(hidden)
    expect(seen.body.participants).toEqual([
      expect.objectContaining({
        id: own.id,
        name: c.specialist.user.name,
        attendance: [{ sessionId: day.id, status: 'present' }],
      }),
      expect.objectContaining({
        id: ona.id,
        kind: 'outside',
        name: 'Ona Jonaitienė',
        organisation: 'Molėtų r. savivaldybė',
        email: null,
        attendance: [],
        completion: null,
      }),
    ])
    const reads = await auditRowsOf(t.db, 'training.read', training.id)
    expect(reads.map((r) => r.details)).toEqual([
      { participantIds: [own.id, ona.id, jonas.id] },
      { participantIds: [own.id, ona.id] },
    ])
  })
})
