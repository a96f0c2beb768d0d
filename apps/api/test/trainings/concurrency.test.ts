import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { statusCounts } from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { queryRows } from '../support/sql.js'
import { planTraining, trainingBody, trainingCentre, trainingPath } from '../support/training-factories.js'

// On PGlite there is one connection, so requests are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp()

/** `n` different outside persons enrolling at once in a training of `capacity` places. */
async function raceForPlaces(n: number, capacity: number) {
  const c = await trainingCentre(t)
  const training = await planTraining(t, c.coordinator.auth, trainingBody(c, { capacity }))
  const responses = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      t
        .http()
        .post(`${trainingPath(training.id)}/participants`)
        .set(c.coordinator.auth)
        .send({ name: `Dalyvė ${i}`, organisation: 'Savivaldybė', email: `dalyve-${i}@savivaldybe.example` }),
    ),
  )
  const [stored] = await queryRows<{ count: number; enrolled: number }>(
    t.db,
    sql`select t.enrolled_count as count,
        (select count(*)::int from training_participants p where p.training_id = t.id and p.status = 'enrolled') as enrolled
      from trainings t where t.id = ${training.id}`,
  )
  return { statuses: statusCounts(responses.map((r) => r.status)), stored }
}

describe.runIf(Boolean(TEST_DATABASE_URL))('enrolling under concurrency (PostgreSQL)', () => {
  it('takes exactly as many of 20 racing enrolments as the training has places', async () => {
    const { statuses, stored } = await raceForPlaces(20, 7)
    expect(statuses).toEqual({ 201: 7, 409: 13 })
    expect(stored).toEqual({ count: 7, enrolled: 7 })
  })
})

describe('enrolling racing on any database', () => {
  it('never overfills a training', async () => {
    const { statuses, stored } = await raceForPlaces(4, 2)
    expect(statuses).toEqual({ 201: 2, 409: 2 })
    expect(stored).toEqual({ count: 2, enrolled: 2 })
  })
})
