import { sql } from 'drizzle-orm'
import type { Database } from '../src/db/client.js'
import { queryRows } from '../src/lib/sql.js'

export interface BookingsSeed {
  organisationId: string
  siteId: string
  passwordHash: string
  createdById: string
  serviceId: string
  familyIds: string[]
  staff: number
  rooms: number
  /** Weekdays from `firstDay` to `lastDay` (Vilnius dates) are booked at 08:00–17:00 in one-hour slots. */
  firstDay: string
  lastDay: string
  /** Staff members numbered 1 … this book real appointments; the others' time is reserved by trainings. */
  appointmentStaff: number
  onProgress?: (month: string, reservations: number) => void
}

const PROFESSIONS = ['psychologist', 'psychotherapist', 'lawyer', 'social_worker', 'mediator']
const uuids = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`

/**
 * Staff numbered 1 … `staff` working Monday–Friday 08:00–17:00 at the site, with professions in turn, and
 * consultation rooms numbered 1 … `rooms` there.
 */
async function seedStaffAndRooms(db: Database, seed: BookingsSeed) {
  await db.execute(sql`
    with staff as (
      insert into users (organisation_id, email, name, roles, professions, password_hash)
      select ${seed.organisationId}, 'staff-' || lpad(g::text, 3, '0') || '@bench.example', 'Specialistė ' || lpad(g::text, 3, '0'),
        array['specialist'], array[(${sql.raw(`array['${PROFESSIONS.join("','")}']`)})[1 + (g - 1) % ${PROFESSIONS.length}]],
        ${seed.passwordHash}
      from generate_series(1, ${seed.staff}) g
      returning id
    )
    insert into working_hours (user_id, site_id, weekday, starts_at, ends_at, valid_from)
    select staff.id, ${seed.siteId}, weekday, '08:00', '17:00', date '2020-01-01'
    from staff, generate_series(1, 5) weekday`)
  await db.execute(sql`
    insert into rooms (site_id, name, kind, capacity)
    select ${seed.siteId}, 'Kabinetas ' || lpad(g::text, 3, '0'), 'consultation', 2 + g % 4
    from generate_series(1, ${seed.rooms}) g`)
}

/**
 * One month of bookings: about 60% of each staff member's hours are reserved; staff member n ≤ rooms
 * meets in room n. Appointments of the first `appointmentStaff` come with their appointment rows.
 */
async function seedMonth(db: Database, seed: BookingsSeed, monthStart: string) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`
    with staff as materialized (
      select id, row_number() over (order by email) as n from users
      where organisation_id = ${seed.organisationId} and email like '%@bench.example'
    ),
    room as materialized (
      select id, row_number() over (order by name) as n from rooms
      where site_id = ${seed.siteId} and name like 'Kabinetas %'
    ),
    day as (
      select d::date as day, (d::date - date '2000-01-01') as number
      from generate_series(greatest(${monthStart}::date, ${seed.firstDay}::date),
        least((${monthStart}::date + interval '1 month' - interval '1 day')::date, ${seed.lastDay}::date),
        interval '1 day') d
      where extract(isodow from d) < 6
    ),
    slot as materialized (
      select gen_random_uuid() as source_id, staff.id as staff_id, staff.n as staff_n, room.id as room_id,
        (day.day + make_interval(hours => hour)) at time zone 'Europe/Vilnius' as starts_at
      from staff
      cross join day
      cross join generate_series(8, 16) hour
      left join room on room.n = staff.n
      where (staff.n * 37 + day.number * 11 + hour * 7) % 10 < 6
    ),
    appointment as (
      insert into appointments (id, organisation_id, service_id, specialist_id, room_id, family_id,
        starts_at, ends_at, status, created_by_id)
      select source_id, ${seed.organisationId}, ${seed.serviceId}, staff_id, room_id,
        (${uuids(seed.familyIds)})[1 + (staff_n + extract(epoch from starts_at)::bigint / 3600) % ${seed.familyIds.length}],
        starts_at, starts_at + interval '1 hour',
        case when starts_at < now() then 'completed' else 'scheduled' end, ${seed.createdById}
      from slot where staff_n <= ${seed.appointmentStaff}
    ),
    reserved as (
      insert into reservations (resource_kind, resource_id, period, source_kind, source_id)
      select kind, resource_id, tstzrange(starts_at, starts_at + interval '1 hour', '[)'),
        case when staff_n <= ${seed.appointmentStaff} then 'appointment' else 'training' end, source_id
      from slot
      cross join lateral (values ('staff', staff_id), ('room', room_id)) as r(kind, resource_id)
      where resource_id is not null
      returning 1
    )
    select count(*)::int as n from reserved`,
  )
  return row?.n ?? 0
}

/**
 * Seeds staff, rooms and a few years of bookings, month by month on `workers` connections at once (the
 * exclusion constraint checks each row, which is most of the time), then analyses the tables.
 */
export async function seedBookings(db: Database, seed: BookingsSeed, workers = 2): Promise<number> {
  await seedStaffAndRooms(db, seed)
  const months = await queryRows<{ month: string }>(
    db,
    sql`select to_char(m, 'YYYY-MM-DD') as month from generate_series(date_trunc('month', ${seed.firstDay}::date),
      ${seed.lastDay}::date, interval '1 month') m`,
  )
  const queue = months.map((m) => m.month)
  let total = 0
  const work = async () => {
    for (let month = queue.shift(); month; month = queue.shift()) {
      const inserted = await seedMonth(db, seed, month)
      total += inserted
      seed.onProgress?.(month, total)
    }
  }
  await Promise.all(Array.from({ length: workers }, work))
  await db.execute(sql`analyze`)
  return total
}
