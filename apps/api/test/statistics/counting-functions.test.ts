import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { inOrganisationScope } from '../../src/db/organisation-scope.js'
import { queryRows } from '../../src/lib/sql.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, createUser } from '../support/factories.js'
import { createMunicipality, partnerClient } from '../support/partner-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { insertFamilies, midMonth } from '../support/statistics-factories.js'

/**
 * The counting functions see past row-level security, so they guard themselves: whatever ids a caller
 * passes, they answer only the API client the centre issued to the municipality.
 */
const t = useTestApp()

let client: Awaited<ReturnType<typeof partnerClient>>
let municipalityName: string

const familiesServed = (
  actor: { id: string; organisationId: string },
  centreId: string,
  municipalityId: string,
) =>
  inOrganisationScope(t.db, actor, (db) =>
    queryRows<{ month: string; count: number | null }>(
      db,
      sql`select to_char(month, 'YYYY-MM') as month, count
        from app_statistics_families_served(${centreId}::uuid, ${municipalityId}::uuid, '2025-02-01', '2025-03-01')
        order by month`,
    ),
  )

beforeAll(async () => {
  client = await partnerClient(t, { scopes: ['statistics:read'] })
  const municipality = await t.db.query.organisations.findFirst({
    where: (o, { eq }) => eq(o.id, client.municipalityId),
  })
  municipalityName = municipality?.municipality ?? ''
  await insertFamilies(t.db, client.centreId, [
    ...Array.from({ length: 6 }, () => ({
      municipality: municipalityName,
      openedAt: midMonth('2025-02', 1),
      closedAt: midMonth('2025-02', 25),
    })),
    ...Array.from({ length: 2 }, () => ({ municipality: municipalityName, openedAt: midMonth('2025-03') })),
  ])
}, 120_000)

describe('the statistics counting functions', () => {
  it('answer the API client the centre issued to the municipality, with small counts already null', async () => {
    const rows = await familiesServed(
      { id: client.client.id, organisationId: client.municipalityId },
      client.centreId,
      client.municipalityId,
    )
    expect(rows).toEqual([
      { month: '2025-02', count: 6 },
      { month: '2025-03', count: null },
    ])
  })

  it('count a family in every month its case was open: opened before, closed within or after the period', async () => {
    const other = await partnerClient(t, { scopes: ['statistics:read'] })
    const municipality = await t.db.query.organisations.findFirst({
      where: (o, { eq }) => eq(o.id, other.municipalityId),
    })
    const families = (n: number, openedAt: Date, closedAt?: Date) =>
      Array.from({ length: n }, () => ({
        municipality: municipality?.municipality ?? '',
        openedAt,
        ...(closedAt ? { closedAt } : {}),
      }))
    await insertFamilies(t.db, other.centreId, [
      ...families(5, midMonth('2024-12')), // still open
      ...families(5, midMonth('2024-11'), midMonth('2025-01', 20)), // closed before the period
      ...families(5, midMonth('2025-02'), midMonth('2025-03', 10)), // closed in its second month
      ...families(5, midMonth('2025-03')),
    ])
    expect(
      await familiesServed(
        { id: other.client.id, organisationId: other.municipalityId },
        other.centreId,
        other.municipalityId,
      ),
    ).toEqual([
      { month: '2025-02', count: 10 },
      { month: '2025-03', count: 15 },
    ])
  })

  it("answer nobody else: the centre's staff, a client naming another centre, another municipality's client", async () => {
    const staff = await createUser(t.db, { roles: ['admin'], organisationId: client.centreId })
    expect(
      await familiesServed(
        { id: staff.id, organisationId: client.centreId },
        client.centreId,
        client.municipalityId,
      ),
    ).toEqual([])
    const otherCentre = await createOrganisation(t.db)
    expect(
      await familiesServed(
        { id: client.client.id, organisationId: client.municipalityId },
        otherCentre.id,
        client.municipalityId,
      ),
    ).toEqual([])
    const otherMunicipality = await createMunicipality(t.db)
    await createPartnership(t.db, client.centreId, otherMunicipality.id)
    const otherClient = await partnerClient(t, {
      centreId: client.centreId,
      municipalityId: otherMunicipality.id,
    })
    expect(
      await familiesServed(
        { id: otherClient.client.id, organisationId: otherMunicipality.id },
        client.centreId,
        client.municipalityId,
      ),
    ).toEqual([])
  })

  it("find one municipality's families of a centre by index, not by reading every family", async () => {
    const organisations = await Promise.all(Array.from({ length: 20 }, () => createOrganisation(t.db)))
    const intake = await createUser(t.db, { organisationId: client.centreId })
    await t.db.execute(sql`insert into families (organisation_id, reference_code, status, municipality,
        referral_source, referred_at, intake_by_id, opened_at)
      select (${sql.raw(`array[${organisations.map((o) => `'${o.id}'::uuid`).join(',')}]`)})[1 + g % 20],
        ${`B-${randomUUID()}-`} || g, 'active', 'Savivaldybė ' || (g % 60), 'self', date '2024-01-01',
        ${intake.id}::uuid, timestamptz '2024-01-01' + g * interval '1 hour'
      from generate_series(1, 5000) g`)
    await t.db.execute(sql`analyze families`)
    const plan = await queryRows<{ 'QUERY PLAN': unknown }>(
      t.db,
      sql`explain (format json) select count(*) from families f
        where f.organisation_id = ${client.centreId}::uuid and f.municipality = ${municipalityName}
          and f.opened_at < timestamptz '2025-03-01' and (f.closed_at is null or f.closed_at >= timestamptz '2025-02-01')`,
    )
    const cell = plan[0]?.['QUERY PLAN']
    const text = typeof cell === 'string' ? cell : JSON.stringify(cell)
    expect(text).toMatch(/"Index Name":\s*"families_org_municipality_opened_idx"/)
    expect(text).not.toMatch(/"Node Type":\s*"Seq Scan"/)
  }, 120_000)
})
