import {
  FACILITY_KINDS,
  type FacilityKind,
  MAX_COUNT_RANGE_DAYS,
  type NightCounts,
  type NightsQuery,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { queryRows } from '../../lib/sql.js'
import { findFacility } from './facilities.js'
import { countingDays, dateRange } from './nights.js'

interface FacilityNightsRow extends Record<string, unknown> {
  id: string
  name: string
  kind: FacilityKind
  nights: number
}

/**
 * Person-nights in [from, to) of stays checked in or out (a current stay counts as planned), per facility
 * in one query: each facility's stays are found through the btree index on (facility, check-out), by
 * `check_in` and `check_out` (leakproof, unlike `&&`, so the index serves under row-level security).
 */
export async function countNights(
  ctx: SignedInContext,
  query: Static<typeof NightsQuery>,
): Promise<NightCounts> {
  const days = countingDays(query.from, query.to, MAX_COUNT_RANGE_DAYS)
  if (query.facilityId) await findFacility(ctx.db, ctx.actor.organisationId, query.facilityId)
  const range = dateRange(days)
  const rows = await queryRows<FacilityNightsRow>(
    ctx.db,
    sql`select f.id, f.name, f.kind,
        coalesce(sum(upper(s.nights * ${range}) - lower(s.nights * ${range})), 0)::int as nights
      from accommodation_facilities f
      left join stays s on s.facility_id = f.id
        and s.check_out > ${days.from}::date and s.check_in < ${days.until}::date
        and s.status in ('checked_in', 'checked_out')
      where f.organisation_id = ${ctx.actor.organisationId}
        ${query.facilityId ? sql`and f.id = ${query.facilityId}` : sql``}
      group by f.id, f.name, f.kind
      order by f.name, f.id`,
  )
  await audit(ctx, {
    action: 'nights.read',
    ...(query.facilityId ? { entityType: 'facility', entityId: query.facilityId } : {}),
    details: { ...days },
  })
  const byKind = FACILITY_KINDS.map((kind) => ({
    kind,
    nights: rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.nights, 0),
  }))
  return {
    from: days.from,
    to: days.until,
    total: byKind.reduce((sum, k) => sum + k.nights, 0),
    byKind,
    byFacility: rows.map((row) => ({
      facilityId: row.id,
      facilityName: row.name,
      kind: row.kind,
      nights: row.nights,
    })),
  }
}
