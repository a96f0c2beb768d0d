import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statusCounts } from '../support/accommodation-factories.js'
import { startTestApp, type TestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { raceForOneBed, raceForOnePerson } from './race.js'

/**
 * Proves the exclusion constraints, not the code, keep a bed and a person from being in two stays at once:
 * on a database of its own without them, the same races overfill.
 */
describe.runIf(Boolean(TEST_DATABASE_URL))('the stays exclusion constraints (PostgreSQL)', () => {
  let t: TestApp & { close(): Promise<void> }
  beforeAll(async () => {
    t = await startTestApp()
    await t.db.execute(sql`alter table stays drop constraint stays_bed_no_overlap`)
    await t.db.execute(sql`alter table stays drop constraint stays_person_no_overlap`)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('without stays_bed_no_overlap, 30 racing requests put more than one person in the bed', async () => {
    const { statuses } = await raceForOneBed(t, 30)
    console.info(`without the bed constraint: ${JSON.stringify(statusCounts(statuses))}`)
    expect(statusCounts(statuses)[201]).toBeGreaterThan(1)
  })

  it('without stays_person_no_overlap, 20 racing requests put one person in more than one bed', async () => {
    const { statuses } = await raceForOnePerson(t, 20)
    console.info(`without the person constraint: ${JSON.stringify(statusCounts(statuses))}`)
    expect(statusCounts(statuses)[201]).toBeGreaterThan(1)
  })
})
