import { eq, getTableName, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { inOrganisationScope } from '../../src/db/organisation-scope.js'
import {
  caseConferenceSteps,
  caseConferences,
  confidentialDisclosures,
  families,
  groupSessions,
  idempotencyKeys,
  persons,
  recoveryCodes,
  services,
  sessionAttendance,
  users,
} from '../../src/db/schema/index.js'
import { sqlState } from '../../src/lib/db-errors.js'
import { seedOrganisations } from '../contract/organisation-a.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, createUser } from '../support/factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { queryRows } from '../support/sql.js'

/**
 * Row-level security is the guarantee behind every organisation filter in the code: a query that forgets
 * its filter, run for another organisation, returns nothing. Every table is checked, so a table a later
 * area adds fails here until it has its policy (migration helpers app_protect, app_protect_by_family and
 * app_protect_by_parent).
 */
const t = useTestApp()

/** Tables that hold no organisation's data, each with the reason. */
const UNPROTECTED: Record<string, string> = {
  family_reference_counters: 'the yearly counter behind family reference codes, shared by the deployment',
}
/** Protected tables every organisation may read, each with the reason. */
const READABLE_BY_EVERY_ORGANISATION: Record<string, string> = {
  organisations: 'names and kinds of the organisations of the deployment, to choose a partner',
}

let tables: string[] = []
let outsider = { id: '', organisationId: '' }

beforeAll(async () => {
  const { a, b } = await seedOrganisations(t)
  const [service] = await t.db
    .select({ id: services.id })
    .from(services)
    .where(eq(services.organisationId, a))
  const partnership = await createPartnership(t.db, a, b, { serviceIds: service ? [service.id] : [] })
  const [person] = await t.db.select({ id: persons.id }).from(persons).where(eq(persons.organisationId, a))
  const [staff] = await t.db.select({ id: users.id }).from(users).where(eq(users.organisationId, a))
  const [conference] = await t.db.select({ id: caseConferences.id }).from(caseConferences)
  const [session] = await t.db.select({ id: groupSessions.id }).from(groupSessions)
  if (!person || !staff || !conference || !session) throw new Error('the seed lacks a record this test needs')
  await t.db
    .insert(caseConferenceSteps)
    .values({ conferenceId: conference.id, description: 'Susitikti vėl.' })
  await t.db
    .insert(sessionAttendance)
    .values({ sessionId: session.id, personId: person.id, status: 'present', recordedById: staff.id })
  await t.db
    .insert(idempotencyKeys)
    .values({ actorId: staff.id, key: 'k-1', requestUrl: '/api/v1/families', requestHash: 'h' })
  await t.db.insert(confidentialDisclosures).values({
    organisationId: a,
    personId: person.id,
    userId: staff.id,
    reason: 'Teismo prašymu pateikti kontaktus.',
  })
  await t.db.insert(recoveryCodes).values({ userId: staff.id, codeHash: `hash-${partnership.id}` })
  await t
    .http()
    .post('/api/v1/auth/login')
    .send({ email: 'admin@onestop.example', password: 'OneStop-demo-2026' })
  const org = await createOrganisation(t.db)
  const user = await createUser(t.db, { roles: ['admin'], organisationId: org.id })
  outsider = { id: user.id, organisationId: org.id }
  const rows = await queryRows<{ name: string }>(
    t.db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' order by 1`,
  )
  tables = rows.map((r) => r.name)
}, 180_000)

describe('row-level security', () => {
  it('protects every table with a policy, but for the listed ones that hold no organisation’s data', async () => {
    const rows = await queryRows<{ name: string; secured: boolean; policies: number }>(
      t.db,
      sql`select c.relname as name, c.relrowsecurity as secured,
        (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'`,
    )
    const unprotected = rows.filter((r) => !r.secured || r.policies === 0).map((r) => r.name)
    expect(unprotected.sort()).toEqual(Object.keys(UNPROTECTED).sort())
  })

  it('shows another organisation none of the rows of an unfiltered select on each protected table', async () => {
    const leaks: string[] = []
    const empty: string[] = []
    for (const table of tables.filter((name) => !(name in UNPROTECTED))) {
      const [owned] = await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      )
      // An empty table proves nothing: give it a row in beforeAll.
      if (!owned?.n) empty.push(table)
      if (table in READABLE_BY_EVERY_ORGANISATION) continue
      const seen = await inOrganisationScope(t.db, outsider, (db) =>
        queryRows<Record<string, unknown>>(db, sql`select * from ${sql.identifier(table)}`),
      )
      const foreign =
        table === getTableName(users)
          ? seen.filter((row) => row.organisation_id !== outsider.organisationId)
          : seen
      if (foreign.length > 0) leaks.push(`${table}: ${foreign.length}`)
    }
    expect(empty).toEqual([])
    expect(leaks).toEqual([])
  })

  it("refuses another organisation's write of a row that belongs to the first", async () => {
    const [family] = await t.db.select().from(families).limit(1)
    if (!family) throw new Error('no family')
    const update = inOrganisationScope(t.db, outsider, (db) =>
      queryRows(db, sql`update families set municipality = 'Niekur' where id = ${family.id} returning id`),
    )
    await expect(update).resolves.toEqual([])
    const insert = inOrganisationScope(t.db, outsider, (db) =>
      queryRows(
        db,
        sql`insert into families (organisation_id, reference_code, status, municipality, referral_source, referred_at)
          values (${family.organisationId}, 'X-1', 'intake', 'Niekur', 'self', now()) returning id`,
      ),
    )
    await expect(insert).rejects.toSatisfy((error) => sqlState(error) === '42501')
  })
})
