// Benchmark of the calendar, availability and bookings list on two million reservations:
// `pnpm bench:bookings` (needs a PostgreSQL server). BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres) is where a fresh database onestop_bench_bookings is created.
// Every SQL statement a measured request runs against reservations or appointments is EXPLAINed, and the
// run fails when one of them scans either table sequentially.
import { performance } from 'node:perf_hooks'
import { and, eq, sql } from 'drizzle-orm'
import pg from 'pg'
import supertest from 'supertest'
import { buildApp } from '../src/app.js'
import { DEMO_PASSWORD } from '../src/db/demo-data.js'
import { families, rooms, services, sites, users } from '../src/db/schema/index.js'
import { queryRows } from '../src/lib/sql.js'
import { flatten, freshBenchDatabase, type PlanNode, runs, statementsSentBy } from './bench-harness.js'
import { seedBookings } from './bookings-seed.js'
import { seedFamilies } from './seed-families.js'

const DATABASE = 'onestop_bench_bookings'
/** Families the appointments are spread over. */
const FAMILIES = 2000

const { url, config, handle } = await freshBenchDatabase(DATABASE)

const [coordinator] = await handle.db
  .select()
  .from(users)
  .where(eq(users.email, 'coordinator@onestop.example'))
if (!coordinator) throw new Error('no demo coordinator')
const organisationId = coordinator.organisationId
const [site] = await handle.db.select().from(sites).where(eq(sites.organisationId, organisationId)).limit(1)
const [service] = await handle.db
  .select()
  .from(services)
  .where(and(eq(services.organisationId, organisationId), eq(services.code, 'psychologist-children')))
const caseManagers = await handle.db
  .select({ id: users.id })
  .from(users)
  .where(and(eq(users.organisationId, organisationId), sql`'case_manager' = any(${users.roles})`))
await seedFamilies(
  handle.db,
  organisationId,
  coordinator.id,
  caseManagers.map((u) => u.id),
  FAMILIES,
)
const familyIds = (
  await handle.db
    .select({ id: families.id })
    .from(families)
    .where(eq(families.organisationId, organisationId))
).map((f) => f.id)
if (!site || !service || !familyIds.length) throw new Error('demo data incomplete')

let t0 = performance.now()
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1)
const reservationCount = await seedBookings(handle.db, {
  organisationId,
  siteId: site.id,
  passwordHash: coordinator.passwordHash,
  createdById: coordinator.id,
  serviceId: service.id,
  familyIds,
  staff: 200,
  rooms: 60,
  firstDay: '2023-01-02',
  lastDay: '2028-06-30',
  appointmentStaff: 40,
  onProgress: (month, total) => {
    if (month.endsWith('-12-01'))
      console.log(`  … ${month.slice(0, 7)} seeded, ${total} reservations so far, ${seconds()} s`)
  },
})
const [counts] = await queryRows<{ reservations: number; appointments: number }>(
  handle.db,
  sql`select (select count(*)::int from reservations) as reservations,
    (select count(*)::int from appointments) as appointments`,
)
console.log(
  `seeded ${reservationCount} reservations (${counts?.reservations} in the table) and ${counts?.appointments} appointments in ${seconds()} s`,
)

// The first bench specialist books real appointments; the room is the one she meets in.
const [specialist] = await handle.db
  .select()
  .from(users)
  .where(and(eq(users.organisationId, organisationId), eq(users.email, 'staff-001@bench.example')))
const [room] = await handle.db.select().from(rooms).where(eq(rooms.name, 'Kabinetas 001'))
if (!specialist || !room) throw new Error('bench staff missing')

const app = await buildApp({ config, database: handle })
await app.ready()
const http = supertest(app.server)
const signIn = async (email: string) =>
  `Bearer ${(await http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD })).body.accessToken}`
const asCoordinator = await signIn('coordinator@onestop.example')
const asSpecialist = await signIn(specialist.email)

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const measured: { label: string; path: string; auth: string }[] = []
async function measure(label: string, auth: string, path: string) {
  const times: number[] = []
  let response: supertest.Response | undefined
  for (let i = 0; i < runs; i++) {
    t0 = performance.now()
    response = await http.get(path).set('authorization', auth)
    times.push(performance.now() - t0)
  }
  const items = Array.isArray(response?.body?.items) ? `${response.body.items.length} items` : ''
  console.log(
    `${label.padEnd(52)} ${response?.status}  median ${median(times).toFixed(1).padStart(7)} ms  ${items}`,
  )
  measured.push({ label, path, auth })
}

// A week well inside the seeded years, in the future.
const week = { from: '2027-03-01T00:00:00+02:00', to: '2027-03-08T00:00:00+02:00' }
const day = { from: '2027-03-03T00:00:00+02:00', to: '2027-03-04T00:00:00+02:00' }
const query = (params: Record<string, string>) => new URLSearchParams(params).toString()

console.log(`\nHTTP through the whole API, median of ${runs} runs:`)
await measure(
  'availability, psychologist service, a week',
  asCoordinator,
  `/api/v1/availability?${query({ serviceId: service.id, ...week })}`,
)
await measure(
  'availability, psychologist service, two weeks',
  asCoordinator,
  `/api/v1/availability?${query({ serviceId: service.id, from: week.from, to: '2027-03-15T00:00:00+02:00', limit: '200' })}`,
)
await measure(
  'availability, one specialist, a week',
  asCoordinator,
  `/api/v1/availability?${query({ serviceId: service.id, specialistId: specialist.id, ...week, limit: '200' })}`,
)
await measure(
  "bookings list, a specialist's week",
  asCoordinator,
  `/api/v1/bookings?${query({ specialistId: specialist.id, ...week, limit: '100' })}`,
)
await measure(
  "bookings list, a room's week",
  asCoordinator,
  `/api/v1/bookings?${query({ roomId: room.id, ...week, limit: '100' })}`,
)
await measure(
  "calendar, a specialist's week",
  asCoordinator,
  `/api/v1/calendar?${query({ specialistId: specialist.id, ...week })}`,
)
await measure(
  "calendar, a site's day",
  asCoordinator,
  `/api/v1/calendar?${query({ siteId: site.id, ...day })}`,
)
await measure(
  "my day, the specialist's",
  asSpecialist,
  `/api/v1/calendar/my-day?${query({ date: '2027-03-03' })}`,
)

const TABLES = ['reservations', 'appointments']

console.log('\nPlans (EXPLAIN) of every statement those requests ran on reservations or appointments:')
const explainer = new pg.Client({ connectionString: url.toString() })
await explainer.connect()
let sequentialScans = 0
for (const { label, path, auth } of measured) {
  const statements = (await statementsSentBy(() => http.get(path).set('authorization', auth))).filter(
    ({ text }) =>
      /^\s*(select|with)\b/i.test(text) && TABLES.some((table) => new RegExp(`\\b${table}\\b`).test(text)),
  )
  console.log(`${label}:`)
  for (const { text, values } of statements) {
    const result = await explainer.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `explain (format json) ${text}`,
      values,
    )
    const plan = result.rows[0]?.['QUERY PLAN'][0]?.Plan
    const scans = (plan ? flatten(plan) : []).filter((n) => TABLES.includes(n['Relation Name'] ?? ''))
    for (const scan of scans) {
      if (scan['Node Type'] === 'Seq Scan') sequentialScans++
      // A bitmap heap scan names its indexes in the bitmap index scans below it.
      const indexes = flatten(scan).flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []))
      console.log(
        `  ${scan['Node Type']} on ${scan['Relation Name']}${indexes.length ? ` using ${indexes.join(', ')}` : ''}`,
      )
    }
  }
}
await explainer.end()
await app.close()
console.log(
  sequentialScans
    ? `\n${sequentialScans} sequential scans: FAILED`
    : '\nNo sequential scan on reservations or appointments.',
)
process.exitCode = sequentialScans ? 1 : 0
