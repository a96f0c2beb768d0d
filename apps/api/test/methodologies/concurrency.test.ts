import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { statusCounts } from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { METHODOLOGIES, methodologyBody, methodologyCentre } from '../support/methodology-factories.js'
import { queryRows } from '../support/sql.js'

// On PGlite there is one connection, so requests are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp()

describe.runIf(Boolean(TEST_DATABASE_URL))('adding methodologies under concurrency (PostgreSQL)', () => {
  it('adds one of 20 methodologies of the same name racing in, and answers the others 409', async () => {
    const c = await methodologyCentre(t)
    const body = methodologyBody()
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.http().post(METHODOLOGIES).set(c.admin.auth).send(body)),
    )
    expect(statusCounts(responses.map((r) => r.status))).toEqual({ 201: 1, 409: 19 })
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from methodologies where name = ${body.name}`,
    )
    expect(row?.n).toBe(1)
  })
})
