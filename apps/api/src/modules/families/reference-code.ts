import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { familyReferenceCounters } from '../../db/schema/index.js'

/**
 * The next `F-<year>-<number>`. The counter row is locked until the transaction ends, so concurrent
 * intakes get consecutive numbers; the unique index on reference_code is the guarantee.
 */
export async function nextReferenceCode(tx: Database, year: number): Promise<string> {
  const [row] = await tx
    .insert(familyReferenceCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({
      target: familyReferenceCounters.year,
      set: { last: sql`${familyReferenceCounters.last} + 1` },
    })
    .returning({ last: familyReferenceCounters.last })
  if (!row) throw new Error('reference counter returned nothing')
  return `F-${year}-${String(row.last).padStart(4, '0')}`
}
