// Benchmark of temporary accommodation's reads on about three years of stays in 20 crisis centres:
// `pnpm bench:accommodation` (needs a PostgreSQL server). BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres) is where a fresh database onestop_bench_accommodation is
// created; BENCH_ORGANISATIONS (default 20) centres of about 100 beds each are seeded, BENCH_RUNS (default
// 15) runs of each request are timed. Every SQL statement a measured request runs on stays, out-of-service
// periods or the waiting list is then run again as the request ran it (as `onestop_app` under row-level
// security, with its organisation and user), its plans logged by auto_explain; the run fails when one of
// them scans one of those tables sequentially.
import { performance } from 'node:perf_hooks'
import { and, asc, eq, like, sql } from 'drizzle-orm'
import supertest from 'supertest'
import { buildApp } from '../src/app.js'
import { DEMO_PASSWORD } from '../src/db/demo-data.js'
import { accommodationFacilities, beds, families, familyMemberships, users } from '../src/db/schema/index.js'
import { todayInVilnius } from '../src/lib/dates.js'
import { queryRows } from '../src/lib/sql.js'
import { BENCH_FACILITY_SUFFIX, seedAccommodation } from './accommodation-seed.js'
import { checkPlans, freshBenchDatabase, type Operation, runs, timeOperations } from './bench-harness.js'

const organisationCount = Number(process.env.BENCH_ORGANISATIONS ?? 20)
const DATABASE = 'onestop_bench_accommodation'

const { url, config, handle } = await freshBenchDatabase(DATABASE)

const [officer] = await handle.db.select().from(users).where(eq(users.email, 'accommodation@onestop.example'))
if (!officer) throw new Error('no demo accommodation officer')
const caseManagers = await handle.db
  .select({ id: users.id })
  .from(users)
  .where(and(eq(users.organisationId, officer.organisationId), sql`'case_manager' = any(${users.roles})`))

const shiftDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const today = todayInVilnius()
// About three years: 33 months back, three months of planned stays ahead.
const firstDay = shiftDays(today, -1004)
const lastDay = shiftDays(today, 92)

const t0 = performance.now()
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1)
const stayCount = await seedAccommodation(handle.db, {
  organisationId: officer.organisationId,
  officerId: officer.id,
  caseManagerIds: caseManagers.map((u) => u.id),
  organisations: organisationCount,
  passwordHash: officer.passwordHash,
  familiesPerOrganisation: 1400,
  firstDay,
  lastDay,
  today,
  openRequestsPerOrganisation: 40,
  closedRequestsPerOrganisation: 1500,
  onProgress: (organisation, total) =>
    console.log(`  … organisation ${organisation} seeded, ${total} stays so far, ${seconds()} s`),
})
const [counts] = await queryRows<Record<string, number>>(
  handle.db,
  sql`select (select count(*)::int from organisations) as organisations,
    (select count(*)::int from beds) as beds, (select count(*)::int from stays) as stays,
    (select count(*)::int from bed_out_of_service) as out_of_service,
    (select count(*)::int from waiting_requests) as waiting_requests,
    (select count(*)::int from families) as families, (select count(*)::int from persons) as persons`,
)
console.log(`seeded ${stayCount} stays in ${seconds()} s: ${JSON.stringify(counts)}`)

// The officer's bench crisis accommodation (36 beds) and a family of three to place there after the seeded
// stays, in the first room's beds.
const [facility] = await handle.db
  .select({ id: accommodationFacilities.id })
  .from(accommodationFacilities)
  .where(
    and(
      eq(accommodationFacilities.organisationId, officer.organisationId),
      eq(accommodationFacilities.name, `Krizinis apgyvendinimas${BENCH_FACILITY_SUFFIX}`),
    ),
  )
if (!facility) throw new Error('bench facility missing')
const placeBeds = await handle.db
  .select({ id: beds.id })
  .from(beds)
  .where(eq(beds.facilityId, facility.id))
  .orderBy(asc(beds.label))
  .limit(3)
const [placeFamily] = await handle.db
  .select({ id: families.id })
  .from(families)
  .where(
    and(
      eq(families.organisationId, officer.organisationId),
      eq(families.status, 'active'),
      like(families.referenceCode, 'A01-%'),
    ),
  )
  .orderBy(asc(families.referenceCode))
  .limit(1)
if (!placeFamily || placeBeds.length < 3) throw new Error('no family or beds to place')
const placeMembers = await handle.db
  .select({ id: familyMemberships.personId })
  .from(familyMemberships)
  .where(eq(familyMemberships.familyId, placeFamily.id))

const app = await buildApp({ config, database: handle })
await app.ready()
const http = supertest(app.server)
const asOfficer = `Bearer ${(await http.post('/api/v1/auth/login').send({ email: officer.email, password: DEMO_PASSWORD })).body.accessToken}`

const A = '/api/v1/accommodation'
const query = (params: Record<string, string>) => new URLSearchParams(params).toString()
const get = async (path: string) => {
  const response = await http.get(path).set('authorization', asOfficer)
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.text}`)
  return response
}
/** The stays list page after page; the number of stays. */
async function allStayPages(params: Record<string, string>) {
  let cursor: string | undefined
  let count = 0
  do {
    const page = await get(`${A}/stays?${query({ ...params, ...(cursor ? { cursor } : {}) })}`)
    count += page.body.items.length
    cursor = page.body.nextCursor ?? undefined
  } while (cursor)
  return count
}
let placements = 0
/** Places the family for five nights, each time a week later than the last. */
async function place() {
  const checkIn = shiftDays(lastDay, 7 * ++placements)
  const response = await http
    .post(`${A}/placements`)
    .set('authorization', asOfficer)
    .send({
      familyId: placeFamily?.id,
      checkIn,
      checkOut: shiftDays(checkIn, 5),
      members: placeMembers.map((member, i) => ({
        personId: member.id,
        bedId: placeBeds[i]?.id,
        admission: { intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false },
      })),
    })
  if (response.status !== 201) throw new Error(`placing answered ${response.status}: ${response.text}`)
  return `${response.body.stays.length} stays`
}

const month = {
  facilityId: facility.id,
  from: `${today.slice(0, 7)}-01`,
  to: shiftDays(`${today.slice(0, 7)}-01`, 31),
}
const year = { from: shiftDays(today, -365), to: today }
const operations: Operation[] = [
  {
    label: 'occupancy, a facility, a month',
    run: async () => `${(await get(`${A}/occupancy?${query(month)}`)).body.days.length} days`,
  },
  {
    label: 'occupancy, a facility, a year',
    run: async () =>
      `${(await get(`${A}/occupancy?${query({ facilityId: facility.id, ...year })}`)).body.days.length} days`,
  },
  {
    label: 'night counts, a year, all facilities',
    run: async () => `${(await get(`${A}/nights?${query(year)}`)).body.total} nights`,
  },
  {
    label: 'night counts, a year, one facility',
    run: async () =>
      `${(await get(`${A}/nights?${query({ facilityId: facility.id, ...year })}`)).body.total} nights`,
  },
  {
    label: 'residents tonight, a facility',
    run: async () => `${(await get(`${A}/facilities/${facility.id}/residents`)).body.items.length} residents`,
  },
  {
    label: 'stays list, a facility, 6 weeks, all pages',
    run: async () =>
      `${await allStayPages({ facilityId: facility.id, from: shiftDays(today, -21), to: shiftDays(today, 21) })} stays`,
  },
  {
    label: 'waiting list, open, first page',
    run: async () => `${(await get(`${A}/waiting-list?status=open`)).body.items.length} requests`,
  },
  {
    label: 'placeable families, search by name',
    run: async () => `${(await get(`${A}/families?q=kazlauskienė12`)).body.items.length} families`,
  },
  { label: 'placing a family of three', run: place },
]

console.log(`\nHTTP through the whole API as the accommodation officer, ${runs} runs (ms):`)
await timeOperations(operations)

await checkPlans(url, operations, ['stays', 'bed_out_of_service', 'waiting_requests'])
await app.close()
