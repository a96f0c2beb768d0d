// Benchmark of the partner referrals' reads on three years of a municipality's referrals to the demo centre:
// `pnpm bench:referrals` (needs a PostgreSQL server). BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres) is where a fresh database onestop_bench_referrals is created;
// BENCH_REFERRALS (default 200000) referrals from Vilnius city to the Vilnius centre are seeded, BENCH_RUNS
// (default 15) runs of each request are timed, as the centre's intake worker and coordinator and as the
// municipality's API client. Every statement a measured request read with is then run again as the request
// ran it, its plans logged by auto_explain (those inside the statistics' functions too); the run fails when
// one of them scans referrals, referral_persons or referral_events sequentially.
import { performance } from 'node:perf_hooks'
import { PARTNER_SCOPES } from '@onestop/contracts'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import supertest from 'supertest'
import { buildApp } from '../src/app.js'
import { DEMO_MUNICIPAL_PARTNERSHIPS, DEMO_PASSWORD } from '../src/db/demo-data.js'
import { families, organisations, referrals, users } from '../src/db/schema/index.js'
import { todayInVilnius } from '../src/lib/dates.js'
import { queryRows } from '../src/lib/sql.js'
import { shiftMonth } from '../src/modules/statistics/period.js'
import { checkPlans, freshBenchDatabase, type Operation, runs, timeOperations } from './bench-harness.js'
import { FAMILY_PREFIX, partnerReference, seedReferrals } from './referrals-seed.js'

const referralCount = Number(process.env.BENCH_REFERRALS ?? 200_000)
const DATABASE = 'onestop_bench_referrals'

const bench = await freshBenchDatabase(DATABASE)
const { url, handle } = bench
// The bench times queries, not the partner rate limit (120 requests a minute by default).
const config = { ...bench.config, partners: { ...bench.config.partners, requestsPerMinute: 100_000 } }

const [vilnius, kretinga] = DEMO_MUNICIPAL_PARTNERSHIPS
const named = await handle.db
  .select()
  .from(organisations)
  .where(inArray(organisations.name, [vilnius.centre, vilnius.municipality, kretinga.centre]))
const organisationNamed = (name: string) => {
  const organisation = named.find((o) => o.name === name)
  if (!organisation) throw new Error(`no demo organisation ${name}`)
  return organisation
}
const centre = organisationNamed(vilnius.centre)
const municipality = organisationNamed(vilnius.municipality)
const staff = await handle.db.select().from(users).where(eq(users.organisationId, centre.id))
const staffMember = (email: string) => {
  const user = staff.find((u) => u.email === email)
  if (!user) throw new Error(`no ${email}`)
  return user
}
const intake = staffMember('intake@onestop.example')
const coordinator = staffMember('coordinator@onestop.example')

const app = await buildApp({ config, database: handle })
await app.ready()
const http = supertest(app.server)
const signIn = async (email: string) =>
  `Bearer ${(await http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD })).body.accessToken}`

// The municipality's integration, issued as an admin issues it: the sender of the seeded referrals.
const issued = await http
  .post(`/api/v1/partners/${municipality.id}/clients`)
  .set('authorization', await signIn('admin@onestop.example'))
  .send({ name: 'Vilniaus miesto integracija', scopes: [...PARTNER_SCOPES] })
if (issued.status !== 201) throw new Error(`client not issued: ${issued.status} ${issued.text}`)
const { client, clientSecret } = issued.body as {
  client: { id: string; clientId: string }
  clientSecret: string
}

const t0 = performance.now()
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1)
const seeded = await seedReferrals(handle.db, {
  centreId: centre.id,
  municipalityId: municipality.id,
  municipality: municipality.municipality,
  apiClientId: client.id,
  intakeId: intake.id,
  caseManagerIds: staff.filter((u) => u.roles.includes('case_manager')).map((u) => u.id),
  referrals: referralCount,
  open: Math.round(referralCount * 0.015),
  days: 3 * 365,
  families: Math.round(referralCount / 4),
  sentReferrals: Math.round(referralCount / 100),
  sentTo: organisationNamed(kretinga.centre).id,
  sentBy: coordinator.id,
  onProgress: (total) => console.log(`  … ${total} referrals seeded, ${seconds()} s`),
})
const [counts] = await queryRows<Record<string, number>>(
  handle.db,
  sql`select (select count(*)::int from referral_persons) as referral_persons,
    (select count(*)::int from referral_events) as referral_events,
    (select count(*)::int from referrals where status = 'received') as received,
    (select count(*)::int from families) as families, (select count(*)::int from persons) as persons`,
)
console.log(`seeded ${seeded} referrals in ${seconds()} s: ${JSON.stringify(counts)}`)

const token = await http
  .post('/api/v1/auth/token')
  .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret })
if (token.status !== 200) throw new Error(`no token: ${token.status} ${token.text}`)
const asMunicipality = `Bearer ${token.body.access_token}`
const asIntake = await signIn(intake.email)
const asCoordinator = await signIn(coordinator.email)

const referralWith = async (reference: string) => {
  const [row] = await handle.db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.toOrganisationId, centre.id), eq(referrals.partnerReference, reference)))
  if (!row) throw new Error(`no referral ${reference}`)
  return row.id
}
// Number 3 is open and describes a family of the centre (every third open one does).
const openReferralId = await referralWith(partnerReference(3))
const [accepted] = await handle.db
  .select({ id: referrals.id, familyId: referrals.familyId })
  .from(referrals)
  .where(and(eq(referrals.apiClientId, client.id), eq(referrals.status, 'accepted')))
  .orderBy(desc(referrals.receivedAt))
  .limit(1)
// The newest bench family, whose case manager sent four referrals on to Kretinga's centre.
const [referringFamily] = await handle.db
  .select({ id: families.id })
  .from(families)
  .where(eq(families.referenceCode, `${FAMILY_PREFIX}-0000001`))
if (!accepted || !referringFamily) throw new Error('seed incomplete')

const get = async (auth: string, path: string) => {
  const response = await http.get(path).set('authorization', auth)
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.text}`)
  return response
}
const items = async (auth: string, path: string) => `${(await get(auth, path)).body.items.length} items`
const inbox = '/api/v1/incoming-referrals'
const secondPage = `${inbox}?cursor=${encodeURIComponent((await get(asIntake, inbox)).body.nextCursor)}`
const thisMonth = todayInVilnius().slice(0, 7)
const threeYears = new URLSearchParams({ from: shiftMonth(thisMonth, -35), to: thisMonth }).toString()
const statistics = async (path: string) => {
  const body = (await get(asMunicipality, path)).body as { referrals: { count: number | null }[] }
  return `${body.referrals.filter((cell) => cell.count !== null).length} referral cells published`
}

const operations: Operation[] = [
  { label: 'inbox, waiting, first page', run: () => items(asIntake, inbox) },
  { label: 'inbox, waiting, urgent', run: () => items(asIntake, `${inbox}?urgency=urgent`) },
  { label: 'inbox, waiting, second page', run: () => items(asIntake, secondPage) },
  {
    label: 'inbox, a referral with its matches',
    run: async () =>
      `${(await get(asIntake, `${inbox}/${openReferralId}`)).body.matches.length} matching families`,
  },
  {
    label: "a family's referrals it came by",
    run: () => items(asCoordinator, `/api/v1/families/${accepted.familyId}/received-referrals`),
  },
  {
    label: "a family's referrals sent on",
    run: () => items(asCoordinator, `/api/v1/families/${referringFamily.id}/referrals`),
  },
  { label: 'partner: referrals, first page', run: () => items(asMunicipality, '/api/v1/referrals') },
  {
    label: 'partner: referrals, accepted',
    run: () => items(asMunicipality, '/api/v1/referrals?status=accepted'),
  },
  {
    label: 'partner: a referral',
    run: async () =>
      `${(await get(asMunicipality, `/api/v1/referrals/${accepted.id}`)).body.history.length} events`,
  },
  { label: 'partner: statistics, last 12 months', run: () => statistics('/api/v1/statistics') },
  { label: 'partner: statistics, 36 months', run: () => statistics(`/api/v1/statistics?${threeYears}`) },
]

console.log(`\nHTTP through the whole API, ${runs} runs (ms):`)
await timeOperations(operations)

await checkPlans(url, operations, ['referrals', 'referral_persons', 'referral_events', 'persons'])
await app.close()
