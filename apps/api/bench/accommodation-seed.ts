import { sql } from 'drizzle-orm'
import type { Database } from '../src/db/client.js'
import { queryRows } from '../src/lib/sql.js'
import { seedFamilies } from './seed-families.js'

export interface AccommodationSeed {
  /** The demo organisation and its accommodation officer; the other organisations are created. */
  organisationId: string
  officerId: string
  caseManagerIds: string[]
  organisations: number
  passwordHash: string
  familiesPerOrganisation: number
  /** Stays fill the nights [firstDay, lastDay), Europe/Vilnius dates; `today` decides their status. */
  firstDay: string
  lastDay: string
  today: string
  openRequestsPerOrganisation: number
  closedRequestsPerOrganisation: number
  onProgress?: (organisation: number, stays: number) => void
}

/**
 * Each organisation's facilities, sized after the Vilnius City Crisis Center (shared/seeds 003, about 100
 * places): rooms of three beds, a family of three per room at a time for `slot` nights (a night less now and
 * then), the next family the day after.
 */
const FACILITIES = [
  { kind: 'crisis_night_shelter', name: 'Krizinė nakvynė', maxStayNights: 30, rooms: 5, slot: 3 },
  { kind: 'crisis_accommodation', name: 'Krizinis apgyvendinimas', maxStayNights: 90, rooms: 12, slot: 10 },
  {
    kind: 'long_term_accommodation',
    name: 'Ilgalaikis apgyvendinimas',
    maxStayNights: 365,
    rooms: 8,
    slot: 60,
  },
  { kind: 'child_short_term_care', name: 'Vaikų trumpalaikė globa', maxStayNights: 180, rooms: 8, slot: 14 },
] as const
export const BENCH_FACILITY_SUFFIX = ' (bench)'
/**
 * Every room's families take turns: family j of room n stays in every FAMILY_TURNS-th slot, so no person
 * is in two stays at once. An organisation needs FAMILY_TURNS families per room (33 rooms).
 */
const FAMILY_TURNS = 40
export const FAMILIES_NEEDED = FAMILY_TURNS * FACILITIES.reduce((sum, f) => sum + f.rooms, 0)

const facilityValues = sql.join(
  FACILITIES.map(
    (f) =>
      sql`(${f.kind}, ${f.name + BENCH_FACILITY_SUFFIX}, ${f.maxStayNights}::int, ${f.rooms}::int, ${f.slot}::int)`,
  ),
  sql`, `,
)

/** Organisations 2 … n with a site, an accommodation officer and a case manager; their ids and staff. */
async function seedOrganisations(db: Database, seed: AccommodationSeed) {
  const created = await queryRows<{ organisation_id: string; officer_id: string }>(
    db,
    sql`with org as (
        insert into organisations (name, kind, municipality)
        select 'Krizių centras ' || lpad(g::text, 2, '0') || ' (bench)', 'centre', 'Vilniaus miesto savivaldybė'
        from generate_series(2, ${seed.organisations}) g returning id, name
      ),
      site as (
        insert into sites (organisation_id, name, address, municipality)
        select id, name, 'Gatvė 1, Vilnius', 'Vilniaus miesto savivaldybė' from org
      )
      insert into users (organisation_id, email, name, roles, professions, password_hash)
      select id, 'accommodation-' || md5(id::text) || '@bench.example', 'Apgyvendinimo specialistė',
        array['accommodation_officer', 'case_manager'], array['social_worker'], ${seed.passwordHash}
      from org returning organisation_id, id as officer_id`,
  )
  return [
    { organisationId: seed.organisationId, officerId: seed.officerId, caseManagerIds: seed.caseManagerIds },
    ...created.map((row) => ({
      organisationId: row.organisation_id,
      officerId: row.officer_id,
      caseManagerIds: [row.officer_id],
    })),
  ]
}

async function seedFacilities(db: Database, organisationId: string) {
  await db.execute(sql`
    with spec(kind, name, max_stay_nights, rooms, slot) as (values ${facilityValues}),
    site as (select id from sites where organisation_id = ${organisationId} order by name limit 1),
    facility as (
      insert into accommodation_facilities (organisation_id, site_id, kind, name, max_stay_nights)
      select ${organisationId}, site.id, kind, name, max_stay_nights from spec, site returning id, name
    ),
    room as (
      insert into accommodation_rooms (facility_id, name)
      select facility.id, 'Kambarys ' || g from facility join spec using (name), generate_series(1, spec.rooms) g
      returning id, facility_id, name
    )
    insert into beds (facility_id, room_id, label, child_bed)
    select room.facility_id, room.id, substr(room.name, 10) || '-' || k, k = 3
    from room, generate_series(1, 3) k`)
}

/**
 * The stays of one organisation's bench facilities in one statement: per room and slot one placement of a
 * family's three members; every 20th slot of a room is out of service instead (all three beds), every 23rd
 * placement was cancelled. Stays before `today` are checked out, over it checked in, after it planned.
 */
async function seedStays(
  db: Database,
  seed: AccommodationSeed,
  organisationId: string,
  officerId: string,
  codePrefix: string,
) {
  const [row] = await queryRows<{ stays: number }>(
    db,
    sql`with spec(kind, name, max_stay_nights, rooms, slot) as (values ${facilityValues}),
    room as materialized (
      select r.id, r.facility_id, spec.slot, row_number() over (order by f.name, r.name) as n
      from accommodation_rooms r join accommodation_facilities f on f.id = r.facility_id
      join spec on spec.name = f.name
      where f.organisation_id = ${organisationId}
    ),
    bed as materialized (
      select b.id, b.room_id, row_number() over (partition by b.room_id order by b.label) as k
      from beds b join room on room.id = b.room_id
    ),
    family as materialized (
      select id, row_number() over (order by reference_code) as n from families
      where organisation_id = ${organisationId} and reference_code like ${`${codePrefix}-%`}
    ),
    member as materialized (
      select m.family_id, m.person_id, row_number() over (partition by m.family_id order by m.person_id) as k
      from family_memberships m join family on family.id = m.family_id
    ),
    slot as materialized (
      select gen_random_uuid() as placement_id, room.id as room_id, room.facility_id, room.n, i,
        family.id as family_id,
        ${seed.firstDay}::date + (room.n % room.slot)::int + i * room.slot as check_in,
        ${seed.firstDay}::date + (room.n % room.slot)::int + i * room.slot + room.slot
          - case when room.slot > 1 and (i + 2 * room.n) % 3 = 0 then 1 else 0 end as check_out,
        (i * 7 + room.n) % 23 = 0 as cancelled
      from room
      cross join generate_series(0, (${seed.lastDay}::date - ${seed.firstDay}::date) / room.slot - 2) i
      join family on family.n = (room.n - 1) * ${FAMILY_TURNS} + i % ${FAMILY_TURNS} + 1
    ),
    out_of_service as (
      insert into bed_out_of_service (bed_id, days, reason, created_by_id)
      select bed.id, daterange(slot.check_in, slot.check_out, '[)'), 'Remontas', ${officerId}
      from slot join bed on bed.room_id = slot.room_id
      where (slot.i + slot.n) % 20 = 7
    ),
    placed as materialized (select * from slot where (i + n) % 20 <> 7),
    placement as (
      insert into stay_placements (id, organisation_id, family_id, facility_id, admission_checks, created_by_id, created_at)
      select placement_id, ${organisationId}, family_id, facility_id,
        (select jsonb_agg(jsonb_build_object('personId', person_id, 'intoxicated', false,
          'emergencyMedicalCare', false, 'inpatientPsychiatricCare', false)) from member where member.family_id = placed.family_id),
        ${officerId}, (check_in - 1)::timestamptz
      from placed
    ),
    stay as (
      insert into stays (organisation_id, placement_id, family_id, person_id, facility_id, bed_id, nights, status,
        checked_in_at, checked_out_at, cancel_reason, created_by_id, created_at)
      select ${organisationId}, placed.placement_id, placed.family_id, member.person_id, placed.facility_id, bed.id,
        daterange(placed.check_in, placed.check_out, '[)'), status,
        case when status in ('checked_in', 'checked_out') then placed.check_in + time '15:00' end,
        case when status = 'checked_out' then placed.check_out + time '10:00' end,
        case when status = 'cancelled' then 'Šeima neatvyko' end,
        ${officerId}, (placed.check_in - 1)::timestamptz
      from placed
      join member on member.family_id = placed.family_id
      join bed on bed.room_id = placed.room_id and bed.k = member.k
      cross join lateral (select case
        when placed.cancelled then 'cancelled'
        when placed.check_out <= ${seed.today}::date then 'checked_out'
        when placed.check_in <= ${seed.today}::date then 'checked_in'
        else 'planned' end as status) s
      returning 1
    )
    select count(*)::int as stays from stay`,
  )
  return row?.stays ?? 0
}

/** Open requests over the last weeks in all priorities, and older ones placed. */
async function seedWaitingList(
  db: Database,
  seed: AccommodationSeed,
  organisationId: string,
  officerId: string,
) {
  const total = seed.openRequestsPerOrganisation + seed.closedRequestsPerOrganisation
  await db.execute(sql`
    with family as materialized (
      select id, row_number() over (order by reference_code desc) as n from families
      where organisation_id = ${organisationId} and status in ('intake', 'active')
    ),
    request as materialized (
      select gen_random_uuid() as id, family.id as family_id, g,
        g <= ${seed.openRequestsPerOrganisation} as open,
        ${seed.today}::timestamptz - make_interval(hours => g * 7) as requested_at
      from generate_series(1, ${total}) g
      join family on family.n = 1 + (g - 1) % (select count(*) from family)
    ),
    inserted as (
      insert into waiting_requests (id, organisation_id, family_id, facility_kind, needed_from, priority, reason,
        status, requested_at, requested_by_id, closed_at, closed_by_id)
      select id, ${organisationId}, family_id,
        (array['crisis_night_shelter','crisis_accommodation','long_term_accommodation','child_short_term_care'])[1 + g % 4],
        requested_at::date + 1, (array['urgent','high','normal','normal'])[1 + g % 4], 'Namuose nesaugu',
        case when open then 'open' else 'placed' end, requested_at, ${officerId},
        case when open then null else requested_at + interval '1 day' end,
        case when open then null else ${officerId}::uuid end
      from request
    )
    insert into waiting_request_members (request_id, person_id)
    select request.id, m.person_id from request
    join family_memberships m on m.family_id = request.family_id and m.left_at is null`)
}

/**
 * Organisations with their facilities, families, stays, out-of-service periods and waiting lists: one
 * organisation after another on `workers` connections at once (the exclusion constraints check each stay),
 * then the tables are analysed. Returns the number of stays.
 */
export async function seedAccommodation(db: Database, seed: AccommodationSeed, workers = 2): Promise<number> {
  const organisations = await seedOrganisations(db, seed)
  const queue = organisations.map((organisation, index) => ({ ...organisation, index }))
  let total = 0
  const work = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const codePrefix = `A${String(next.index + 1).padStart(2, '0')}`
      await seedFamilies(
        db,
        next.organisationId,
        next.officerId,
        next.caseManagerIds,
        Math.max(seed.familiesPerOrganisation, FAMILIES_NEEDED),
        codePrefix,
      )
      await seedFacilities(db, next.organisationId)
      const stays = await seedStays(db, seed, next.organisationId, next.officerId, codePrefix)
      total += stays
      await seedWaitingList(db, seed, next.organisationId, next.officerId)
      seed.onProgress?.(next.index + 1, total)
    }
  }
  await Promise.all(Array.from({ length: workers }, work))
  await db.execute(sql`analyze`)
  return total
}
