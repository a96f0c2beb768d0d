import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statusCounts } from '../support/accommodation-factories.js'
import { startTestApp, type TestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { raceForOneCertification } from './race.js'

/**
 * Proves the exclusion constraint, not the code, keeps a staff member from holding two overlapping
 * certifications of one methodology and level: on a database of its own without it, the same race overfills.
 */
describe.runIf(Boolean(TEST_DATABASE_URL))('the certifications exclusion constraint (PostgreSQL)', () => {
  let t: TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    t = await startTestApp()
    await t.db.execute(sql`alter table certifications drop constraint certifications_no_overlap`)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('without certifications_no_overlap, 20 racing requests record more than one', async () => {
    const { statuses } = await raceForOneCertification(t, 20)
    console.info(`without the certification constraint: ${JSON.stringify(statusCounts(statuses))}`)
    expect(statusCounts(statuses)[201]).toBeGreaterThan(1)
  })
})
