import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { familyReferenceCounters } from '../../src/db/schema/index.js'
import { todayInVilnius } from '../../src/lib/dates.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import { FAMILIES, intakeBody } from '../support/family-factories.js'
import { queryRows } from '../support/sql.js'

// This file has a database of its own, so every family in it was taken in by these tests.
const t = useTestApp()
const year = Number(todayInVilnius().slice(0, 4))

describe('POST /api/v1/families under concurrency', () => {
  it('gives 100 concurrent intakes 100 distinct reference codes', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => t.http().post(FAMILIES).set(staff.auth).send(intakeBody())),
    )
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 100 }, () => 201))
    const codes = responses.map((r) => String(r.body.referenceCode))
    expect(new Set(codes).size).toBe(100)
    for (const code of codes) expect(code).toMatch(new RegExp(`^F-${year}-\\d{4,}$`))
    const [row] = await queryRows<{ n: number; codes: number }>(
      t.db,
      sql`select count(*)::int as n, count(distinct reference_code)::int as codes from families
        where intake_by_id = ${staff.user.id}`,
    )
    expect(row).toEqual({ n: 100, codes: 100 })
  })

  it("keeps this year's counter equal to the number of families taken in this year", async () => {
    const staff = await signedInUser(t, { roles: ['case_manager'] })
    await Promise.all(
      Array.from({ length: 20 }, () => t.http().post(FAMILIES).set(staff.auth).send(intakeBody())),
    )
    const [counter] = await t.db
      .select()
      .from(familyReferenceCounters)
      .where(eq(familyReferenceCounters.year, year))
    const [families] = await queryRows<{ n: number; highest: number }>(
      t.db,
      sql`select count(*)::int as n,
        max(split_part(reference_code, '-', 3)::int)::int as highest
        from families where reference_code like ${`F-${year}-%`}`,
    )
    expect(families?.n).toBeGreaterThanOrEqual(20)
    expect(counter?.last).toBe(families?.n)
    // Numbers are handed out without gaps: the highest equals the count.
    expect(families?.highest).toBe(families?.n)
  })
})
