import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { statusCounts } from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { queryRows } from '../support/sql.js'
import { raceForOneCertification } from './race.js'

// On PGlite there is one connection, so requests are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp()

const certificationsOf = async (userId: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from certifications where user_id = ${userId}`,
  )
  return row?.n
}

describe.runIf(Boolean(TEST_DATABASE_URL))('certifying under concurrency (PostgreSQL)', () => {
  it('records one of 20 overlapping certifications of one staff member racing in', async () => {
    const { statuses, userId } = await raceForOneCertification(t, 20)
    expect(statusCounts(statuses)).toEqual({ 201: 1, 409: 19 })
    expect(await certificationsOf(userId)).toBe(1)
  })
})

describe('certifying racing on any database', () => {
  it('never records two overlapping certifications', async () => {
    const { statuses, userId } = await raceForOneCertification(t, 4)
    expect(statusCounts(statuses)).toEqual({ 201: 1, 409: 3 })
    expect(await certificationsOf(userId)).toBe(1)
  })
})
