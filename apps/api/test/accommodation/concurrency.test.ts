import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { statusCounts } from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { queryRows } from '../support/sql.js'
import { raceForOneBed, raceForOnePerson } from './race.js'

// On PGlite there is one connection, so requests are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp()

const staysOf = async (column: 'bed_id' | 'person_id', id: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from stays where ${sql.identifier(column)} = ${id} and status <> 'cancelled'`,
  )
  return row?.n
}

describe.runIf(Boolean(TEST_DATABASE_URL))('placing under concurrency (PostgreSQL)', () => {
  it('places one of 30 persons racing for one bed on overlapping nights', async () => {
    const { statuses, bedId } = await raceForOneBed(t, 30)
    expect(statusCounts(statuses)).toEqual({ 201: 1, 409: 29 })
    expect(await staysOf('bed_id', bedId)).toBe(1)
  })

  it('places one person once when 20 requests put them in different beds for the same night', async () => {
    const { statuses, personId } = await raceForOnePerson(t, 20)
    expect(statusCounts(statuses)).toEqual({ 201: 1, 409: 19 })
    expect(await staysOf('person_id', personId)).toBe(1)
  })
})

describe('placing racing on any database', () => {
  it('never puts two persons in one bed', async () => {
    const { statuses, bedId } = await raceForOneBed(t, 4)
    expect(statusCounts(statuses)).toEqual({ 201: 1, 409: 3 })
    expect(await staysOf('bed_id', bedId)).toBe(1)
  })
})
