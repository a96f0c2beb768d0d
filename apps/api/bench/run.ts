// Benchmark of the families queries on a large caseload: `pnpm bench` (needs a PostgreSQL server).
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is where a fresh database
// onestop_bench is created; BENCH_FAMILIES (default 100000) families of three members are seeded.
import { performance } from 'node:perf_hooks'
import { eq, sql } from 'drizzle-orm'
import supertest from 'supertest'
import { buildApp } from '../src/app.js'
import { DEMO_PASSWORD } from '../src/db/demo-data.js'
import { families, users } from '../src/db/schema/index.js'
import { queryRows } from '../src/lib/sql.js'
import { freshBenchDatabase, runs } from './bench-harness.js'
import { seedFamilies } from './seed-families.js'

const count = Number(process.env.BENCH_FAMILIES ?? 100_000)

const { config, handle } = await freshBenchDatabase('onestop_bench')
const staff = await handle.db.select().from(users)
const byEmail = (email: string) => {
  const user = staff.find((u) => u.email === email)
  if (!user) throw new Error(`no ${email}`)
  return user
}
const coordinator = byEmail('coordinator@onestop.example')
// A realistic caseload: about 50 families per case manager.
const extraCaseManagers = await queryRows<{ id: string }>(
  handle.db,
  sql`insert into users (organisation_id, email, name, roles, professions, password_hash)
    select ${coordinator.organisationId}, 'cm-' || g || '@bench.example', 'Atvejo vadybininkė ' || g,
      array['case_manager'], array['case_manager'], ${coordinator.passwordHash}
    from generate_series(1, ${Math.max(1, Math.round(count / 50))}) g returning id`,
)
const caseManagers = [
  ...staff.filter((u) => u.organisationId === coordinator.organisationId && u.roles.includes('case_manager')),
  ...extraCaseManagers,
]
let t0 = performance.now()
const seeded = await seedFamilies(
  handle.db,
  coordinator.organisationId,
  byEmail('intake@onestop.example').id,
  caseManagers.map((u) => u.id),
  count,
)
console.log(
  `seeded ${seeded?.families} families and ${seeded?.persons} persons in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)

const app = await buildApp({ config, database: handle })
await app.ready()
const http = supertest(app.server)
const signIn = async (email: string) =>
  `Bearer ${(await http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD })).body.accessToken}`
const asCoordinator = await signIn('coordinator@onestop.example')
const asCaseManager = await signIn('case.manager@onestop.example')
const [sample] = await handle.db
  .select({ id: families.id })
  .from(families)
  .where(eq(families.caseManagerId, byEmail('case.manager@onestop.example').id))
  .limit(1)
if (!sample) throw new Error('no family on the caseload')

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
async function measure(auth: string, path: string) {
  const times: number[] = []
  let status = 0
  for (let i = 0; i < runs; i++) {
    t0 = performance.now()
    status = (await http.get(path).set('authorization', auth)).status
    times.push(performance.now() - t0)
  }
  return { status, median: median(times) }
}

const requests: [string, string, string][] = [
  ['families list, coordinator (all of the centre)', asCoordinator, '/api/v1/families?limit=20'],
  ['families list, case manager (own caseload)', asCaseManager, '/api/v1/families?limit=20'],
  [
    'families list, status + risk factor filter',
    asCoordinator,
    '/api/v1/families?status=active&riskFactor=dependence',
  ],
  ['families search by name', asCoordinator, '/api/v1/families?q=kazlauskienė4321'],
  ['families search by reference code', asCoordinator, '/api/v1/families?q=B-0099'],
  ['family page: family', asCaseManager, `/api/v1/families/${sample.id}`],
  ['family page: members', asCaseManager, `/api/v1/families/${sample.id}/members`],
  ['family page: timeline', asCaseManager, `/api/v1/families/${sample.id}/timeline`],
]

// Row-level security's cost, measured in this run: the same requests with the policies switched off on
// this benchmark's own database, between two rounds with them on.
const protectedTables = await queryRows<{ name: string }>(
  handle.db,
  sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity`,
)
const switchPolicies = (on: boolean) =>
  Promise.all(
    protectedTables.map(({ name }) =>
      handle.db.execute(sql.raw(`alter table "${name}" ${on ? 'enable' : 'disable'} row level security`)),
    ),
  )
const rounds: { label: string; on: boolean; medians: number[] }[] = [
  { label: 'with row-level security', on: true, medians: [] },
  { label: 'without', on: false, medians: [] },
  { label: 'with again', on: true, medians: [] },
]
for (const round of rounds) {
  await switchPolicies(round.on)
  for (const [, auth, path] of requests) {
    const result = await measure(auth, path)
    if (result.status !== 200) throw new Error(`${path} answered ${result.status}`)
    round.medians.push(result.median)
  }
}
console.log(`\nHTTP through the whole API, median of ${runs} runs (ms):`)
console.log(`${''.padEnd(50)} ${rounds.map((r) => r.label.padStart(24)).join('')}  RLS / without`)
requests.forEach(([label], i) => {
  const [withRls, without, again] = rounds.map((r) => r.medians[i] ?? 0)
  const best = Math.min(withRls ?? 0, again ?? 0)
  console.log(
    `${label.padEnd(50)} ${[withRls, without, again].map((m) => (m ?? 0).toFixed(1).padStart(24)).join('')}  ${(best / (without || 1)).toFixed(2).padStart(13)}`,
  )
})

console.log('\nPlans (EXPLAIN) of the search and caseload queries:')
for (const [label, query] of [
  [
    'name search',
    sql`explain select m.family_id from family_memberships m join persons p on p.id = m.person_id where m.left_at is null and lower(p.given_name || ' ' || p.family_name) like '%kazlauskienė4321%'`,
  ],
  [
    'caseload',
    sql`explain select id from families where id in (select family_id from case_team_members where user_id = ${byEmail('case.manager@onestop.example').id} and removed_at is null) order by opened_at desc limit 21`,
  ],
] as const) {
  const plan = await queryRows<{ 'QUERY PLAN': string }>(handle.db, query)
  const scans = plan.map((r) => r['QUERY PLAN'].trim()).filter((line) => /Scan/.test(line))
  console.log(`${label}:\n  ${scans.map((line) => line.replace(/\s+\(cost.*$/, '')).join('\n  ')}`)
}
await app.close()
await handle.db.execute(sql`select 1`).catch(() => undefined)
