import { sql } from 'drizzle-orm'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.js'
import { at, type BookingFamily } from '../support/booking-factories.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import {
  createRun,
  familiesOfOne,
  type GroupCentre,
  groupCentre,
  runBody,
} from '../support/group-factories.js'
import { raceEnrolments, runFigures, statusCounts } from './race.js'

/**
 * Enrols the way the API does — read the run, decide enrolled or waitlisted, insert, count — in raw SQL on a
 * connection of its own, with or without the run's row lock. Every client connects before any starts, so
 * the transactions really overlap.
 */
async function rawRace(url: string, runId: string, families: BookingFamily[], userId: string, lock: boolean) {
  const clients = families.map(() => new pg.Client({ connectionString: url }))
  await Promise.all(clients.map((client) => client.connect()))
  try {
    await Promise.all(
      clients.map(async (client, i) => {
        const family = families[i]
        if (!family) return
        await client.query('begin')
        const { rows } = await client.query<{ free: boolean }>(
          `select enrolled_count < capacity as free from group_runs where id = $1 ${lock ? 'for update' : ''}`,
          [runId],
        )
        const status = rows[0]?.free ? 'enrolled' : 'waitlisted'
        await client.query(
          'insert into enrolments (run_id, person_id, family_id, status, created_by_id) values ($1, $2, $3, $4, $5)',
          [runId, family.personIds[0], family.id, status, userId],
        )
        if (status === 'enrolled')
          await client.query('update group_runs set enrolled_count = enrolled_count + 1 where id = $1', [
            runId,
          ])
        await client.query('commit')
      }),
    )
  } finally {
    await Promise.all(clients.map((client) => client.end()))
  }
}

/**
 * Proves the run's row lock, not the check constraint behind it, is what keeps a run from overfilling: on a
 * database of its own without `group_runs_enrolled_check`, the API still seats exactly the capacity, while
 * the same steps without the lock overfill the run.
 */
describe.runIf(Boolean(TEST_DATABASE_URL))('enrolling without the enrolled-count check (PostgreSQL)', () => {
  let t: TestApp & { close(): Promise<void> }
  let c: GroupCentre
  let families: BookingFamily[]
  let day = 10
  const newRun = async () =>
    (
      await createRun(
        t,
        c.coordinator.auth,
        runBody(c, { capacity: 20, sessions: { dates: [{ startsAt: at(++day, 10), endsAt: at(day, 11) }] } }),
      )
    ).id

  beforeAll(async () => {
    t = await startTestApp()
    await t.db.execute(sql`alter table group_runs drop constraint group_runs_enrolled_check`)
    c = await groupCentre(t)
    families = await familiesOfOne(t, c.coordinator.auth, 40)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('the API, holding the lock, still seats exactly 20 of 40 simultaneous enrolments', async () => {
    const { run, statuses } = await raceEnrolments(t, 20, 40)
    expect(statusCounts(statuses)).toEqual({ 201: 40 })
    expect(await runFigures(t, run.id)).toEqual({
      enrolledCount: 20,
      enrolled: 20,
      waitlisted: 20,
      persons: 40,
      enrolledFirst: true,
    })
  })

  it('the same steps with the lock seat exactly 20; without it they seat more than 20', async () => {
    const url = t.testDatabase.url ?? ''
    const locked = await newRun()
    await rawRace(url, locked, families, c.coordinator.user.id, true)
    expect(await runFigures(t, locked)).toMatchObject({ enrolledCount: 20, enrolled: 20, waitlisted: 20 })

    // One unlocked race may by chance serialise, so up to five are run.
    const unlocked: Awaited<ReturnType<typeof runFigures>>[] = []
    for (let attempt = 0; attempt < 5 && !unlocked.some((f) => f.enrolled > 20); attempt++) {
      const runId = await newRun()
      await rawRace(url, runId, families, c.coordinator.user.id, false)
      unlocked.push(await runFigures(t, runId))
    }
    console.info(`without the lock and the check: ${JSON.stringify(unlocked)}`)
    const overfilled = unlocked.find((f) => f.enrolled > 20)
    expect(overfilled).toBeDefined()
    expect(overfilled?.enrolledCount).toBe(overfilled?.enrolled)
  })
})
