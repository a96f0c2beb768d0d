import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { queryRows } from '../support/sql.js'
import { raceForOneSpecialist, statusCounts } from './race.js'

/**
 * Proves the exclusion constraint, not the friendly pre-check, is what keeps one specialist from being
 * booked twice: on a database of its own without the constraint, the same race books them more than once.
 */
describe.runIf(Boolean(TEST_DATABASE_URL))('the reservations_no_overlap constraint (PostgreSQL)', () => {
  let t: TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    t = await startTestApp()
    await t.db.execute(sql`alter table reservations drop constraint reservations_no_overlap`)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('without it, 50 racing requests book the specialist more than once', async () => {
    // The friendly pre-check alone may by chance serialise one race, so up to five races are run.
    const runs: { counts: Record<number, number>; staff: number }[] = []
    for (let attempt = 0; attempt < 5 && !runs.some((r) => (r.counts[201] ?? 0) > 1); attempt++) {
      const { statuses, c } = await raceForOneSpecialist(t, 50, 18 + attempt)
      const [row] = await queryRows<{ staff: number }>(
        t.db,
        sql`select count(*)::int as staff from reservations where resource_id = ${c.specialist.user.id} and active`,
      )
      runs.push({ counts: statusCounts(statuses), staff: row?.staff ?? 0 })
    }
    console.info(`without the constraint: ${JSON.stringify(runs)}`)
    const doubled = runs.find((r) => (r.counts[201] ?? 0) > 1)
    expect(doubled).toBeDefined()
    expect(doubled?.staff).toBe(doubled?.counts[201])
  })
})
