import { MAX_COUNT_RANGE_DAYS, type Occupancy, type OccupancyQuery } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { queryRows } from '../../lib/sql.js'
import { findFacility } from './facilities.js'
import { countingDays, dateRange } from './nights.js'

interface OccupancyRow extends Record<string, unknown> {
  day: string
  beds: number
  in_service: number
  occupied: number
  reserved: number
  stays_ended: number
  average_length: number | null
}

const rate = (occupied: number, inService: number) =>
  inService > 0 ? Math.round((occupied / inService) * 10_000) / 10_000 : null

/**
 * A facility's nights from `from` to the day before `to`, in one query: stays are taken once through the
 * btree index on (facility, check-out) and out-of-service periods through the one on (bed, days), then
 * counted per day (the out-of-service periods materialized: inlined, each day would look them up per bed
 * again). Under row-level security only leakproof comparisons reach an index, so the stays are chosen by
 * `check_in` and `check_out` (the same as `nights && range`), never by range operators. A stay ends when
 * it is checked out with its last night in the range and no move continues it (found through the index on
 * `moved_from_stay_id`); its length runs from the first night of the stay it was moved from, if any.
 */
export async function getOccupancy(
  ctx: SignedInContext,
  query: Static<typeof OccupancyQuery>,
): Promise<Occupancy> {
  const days = countingDays(query.from, query.to, MAX_COUNT_RANGE_DAYS)
  const facility = await findFacility(ctx.db, ctx.actor.organisationId, query.facilityId)
  const range = dateRange(days)
  const rows = await queryRows<OccupancyRow>(
    ctx.db,
    sql`with recursive days as (
        select d::date as day from generate_series(${days.from}::date, ${days.until}::date - 1, interval '1 day') as d
      ),
      facility_beds as (
        select b.id, b.active and r.active as usable
        from beds b join accommodation_rooms r on r.id = b.room_id
        where b.facility_id = ${facility.id}
      ),
      out_of_service as materialized (
        select o.bed_id, o.days from bed_out_of_service o
        join facility_beds b on b.id = o.bed_id and b.usable
        where o.days && ${range}
      ),
      held as (
        select s.status, s.nights from stays s
        where s.facility_id = ${facility.id} and s.check_out > ${days.from}::date
          and s.check_in < ${days.until}::date and s.status <> 'cancelled'
      ),
      ended as (
        select s.id, s.nights from stays s
        where s.facility_id = ${facility.id} and s.status = 'checked_out'
          and s.check_out > ${days.from}::date and s.check_out <= ${days.until}::date
          and not exists (select 1 from stays n where n.moved_from_stay_id = s.id and n.status <> 'cancelled')
      ),
      chain as (
        select e.id as end_id, s.moved_from_stay_id as moved_from, lower(s.nights) as first_night
        from ended e join stays s on s.id = e.id
        union all
        select c.end_id, p.moved_from_stay_id, lower(p.nights)
        from chain c join stays p on p.id = c.moved_from
      ),
      lengths as (
        select upper(e.nights) - min(c.first_night) as nights
        from ended e join chain c on c.end_id = e.id group by e.id, e.nights
      )
      select to_char(days.day, 'YYYY-MM-DD') as day,
        (select count(*) from facility_beds)::int as beds,
        ((select count(*) from facility_beds where usable)
          - (select count(distinct o.bed_id) from out_of_service o where o.days @> days.day))::int as in_service,
        (select count(*) from held h where h.nights @> days.day and h.status <> 'planned')::int as occupied,
        (select count(*) from held h where h.nights @> days.day and h.status = 'planned')::int as reserved,
        (select count(*) from lengths)::int as stays_ended,
        (select avg(nights) from lengths)::float8 as average_length
      from days order by days.day`,
  )
  await audit(ctx, {
    action: 'occupancy.read',
    entityType: 'facility',
    entityId: facility.id,
    details: { ...days },
  })
  const average = rows[0]?.average_length ?? null
  return {
    facilityId: facility.id,
    from: days.from,
    to: days.until,
    days: rows.map((row) => ({
      date: row.day,
      beds: row.beds,
      inService: row.in_service,
      occupied: row.occupied,
      reserved: row.reserved,
      free: Math.max(0, row.in_service - row.occupied - row.reserved),
      occupancyRate: rate(row.occupied, row.in_service),
    })),
    staysEnded: rows[0]?.stays_ended ?? 0,
    averageLengthOfStay: average === null ? null : Math.round(Number(average) * 100) / 100,
  }
}
