import type { AvailableSlot } from '@onestop/contracts'
import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { queryRows } from '../../lib/sql.js'
import type { SearchWindow } from './search-window.js'

export interface SlotSearch extends SearchWindow {
  organisationId: string
  serviceId: string
  specialistId: string | null
  siteId: string | null
  minutes: number
  limit: number
}

interface SlotRow extends Record<string, unknown> {
  starts_at: Date | string
  ends_at: Date | string
  specialist_id: string
  specialist_name: string
  site_id: string
  site_name: string
  room_id: string | null
  room_name: string | null
}

const iso = (time: Date | string) => new Date(time).toISOString()

const toSlot = (row: SlotRow): AvailableSlot => ({
  startsAt: iso(row.starts_at),
  endsAt: iso(row.ends_at),
  specialist: { id: row.specialist_id, name: row.specialist_name },
  room: row.room_id && row.room_name ? { id: row.room_id, name: row.room_name, siteId: row.site_id } : null,
  siteId: row.site_id,
  siteName: row.site_name,
})

/**
 * The 15-minute grid of every qualified specialist's working-hours windows (Vilnius wall time) in the search
 * window, less absences and reserved time, each with the smallest free suitable room at that site.
 *
 * Reserved time is read once per specialist and room for the whole window, one probe each of the partial
 * gist index on (resource_id, period) (ids are UUIDs, so a room's never match a staff member's), into one
 * multirange per resource: probing the index once per slot is thousands of probes for a week of a busy
 * centre. A slot's room depends only on its site and time, so it is chosen once per distinct time. The
 * hours API refuses overlapping entries, so no slot is generated twice.
 */
export function freeSlotsQuery(search: SlotSearch): SQL {
  const from = search.from.toISOString()
  const to = search.to.toISOString()
  const length = sql`make_interval(mins => ${search.minutes})`
  return sql`with service as (
        select professions, room_kinds from services where id = ${search.serviceId}
      ),
      search as (
        select opens, closes, tstzrange(least(opens, closes), closes, '[)') as period
        from (select greatest(${from}::timestamptz, now()) as opens, ${to}::timestamptz as closes) w
      ),
      specialist as materialized (
        select u.id, u.name from users u, service
        where u.organisation_id = ${search.organisationId} and u.active and u.professions && service.professions
          and (${search.specialistId}::uuid is null or u.id = ${search.specialistId}::uuid)
      ),
      room as materialized (
        select rm.id, rm.name, rm.site_id, rm.capacity from rooms rm, service
        where rm.active and rm.kind = any(service.room_kinds)
          and (${search.siteId}::uuid is null or rm.site_id = ${search.siteId}::uuid)
      ),
      busy as materialized (
        select r.resource_id, range_agg(r.period) as periods
        from (select id from specialist union all select id from room) resource
        join reservations r on r.active and r.resource_id = resource.id
        cross join search
        where r.period && search.period
        group by r.resource_id
      ),
      away as materialized (
        select a.user_id, range_agg(tstzrange(a.starts_at, a.ends_at, '[)')) as periods
        from specialist s join absences a on a.user_id = s.id
        cross join search
        where a.starts_at < search.closes and a.ends_at > search.opens
        group by a.user_id
      ),
      day as (
        select d::timestamp as local
        from generate_series((${from}::timestamptz at time zone 'Europe/Vilnius')::date::timestamp,
          (${to}::timestamptz at time zone 'Europe/Vilnius')::date::timestamp, interval '1 day') as d
      ),
      candidate as (
        select s.id as specialist_id, s.name as specialist_name, w.site_id,
          tstzrange(start_local at time zone 'Europe/Vilnius',
            (start_local at time zone 'Europe/Vilnius') + ${length}, '[)') as period,
          day.local + w.ends_at as closes_local
        from specialist s
        join working_hours w on w.user_id = s.id
        join day on w.weekday = extract(isodow from day.local)
          and w.valid_from <= day.local::date and (w.valid_to is null or w.valid_to >= day.local::date)
        cross join lateral generate_series(
          day.local + ceil(extract(epoch from w.starts_at) / 900) * interval '15 minutes',
          day.local + w.ends_at - ${length},
          interval '15 minutes') as start_local
        where ${search.siteId}::uuid is null or w.site_id = ${search.siteId}::uuid
      ),
      open_slot as materialized (
        select c.specialist_id, c.specialist_name, c.site_id, c.period
        from candidate c, search
        where c.period <@ search.period
          -- a slot crossing a daylight-saving change must still end inside the window
          and (upper(c.period) at time zone 'Europe/Vilnius') <= c.closes_local
          and not exists (select 1 from away a where a.user_id = c.specialist_id and a.periods && c.period)
          and not exists (select 1 from busy b where b.resource_id = c.specialist_id and b.periods && c.period)
      ),
      free_room as (
        select distinct on (t.site_id, t.period) t.site_id, t.period, rm.id, rm.name
        from (select distinct site_id, period from open_slot) t
        join room rm on rm.site_id = t.site_id
        where not exists (select 1 from busy b where b.resource_id = rm.id and b.periods && t.period)
        order by t.site_id, t.period, rm.capacity, rm.name, rm.id
      )
      select lower(s.period) as starts_at, upper(s.period) as ends_at, s.specialist_id, s.specialist_name,
        s.site_id, site.name as site_name, fr.id as room_id, fr.name as room_name
      from open_slot s
      join sites site on site.id = s.site_id
      cross join service
      left join free_room fr on fr.site_id = s.site_id and fr.period = s.period
      where cardinality(service.room_kinds) = 0 or fr.id is not null
      order by lower(s.period), s.specialist_name, s.specialist_id, site.name
      limit ${search.limit}`
}

export async function freeSlots(db: Database, search: SlotSearch): Promise<AvailableSlot[]> {
  const rows = await queryRows<SlotRow>(db, freeSlotsQuery(search))
  return rows.map(toSlot)
}
