import type { Partnership, PartnershipStatus } from '@onestop/contracts'
import { desc, eq, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Database } from '../../db/client.js'
import { organisations, partnerships } from '../../db/schema/index.js'
import { queryRows } from '../../lib/sql.js'

const partnerOrganisations = alias(organisations, 'partner_organisations')

/** Partnerships with both organisations' names and the status as the database's clock sees it. */
export const selectPartnerships = (db: Database) =>
  db
    .select({
      partnership: partnerships,
      organisationName: organisations.name,
      partnerOrganisationName: partnerOrganisations.name,
      status: sql<PartnershipStatus>`case
        when ${partnerships.endedAt} is not null then 'ended'
        when ${partnerships.acceptedAt} is null then 'proposed'
        when ${partnerships.startsOn} > app_vilnius_today() then 'scheduled'
        when ${partnerships.endsOn} < app_vilnius_today() then 'expired'
        else 'live' end`,
    })
    .from(partnerships)
    .innerJoin(organisations, eq(organisations.id, partnerships.organisationId))
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, partnerships.partnerOrganisationId))

type PartnershipRow = Awaited<ReturnType<ReturnType<typeof selectPartnerships>['where']>>[number]

async function servicesOf(db: Database, partnershipIds: string[]) {
  if (partnershipIds.length === 0) return new Map<string, Partnership['services']>()
  const rows = await queryRows<{ partnership_id: string; id: string; name_lt: string; name_en: string }>(
    db,
    sql`select p.id as partnership_id, s.id, s.name_lt, s.name_en
      from unnest(${`{${partnershipIds.join(',')}}`}::uuid[]) as p(id), app_partnership_services(p.id) s`,
  )
  const byPartnership = new Map<string, Partnership['services']>()
  for (const row of rows) {
    const list = byPartnership.get(row.partnership_id) ?? []
    list.push({ id: row.id, nameLt: row.name_lt, nameEn: row.name_en })
    byPartnership.set(row.partnership_id, list)
  }
  return byPartnership
}

const toPartnership = (row: PartnershipRow, services: Partnership['services']): Partnership => ({
  id: row.partnership.id,
  organisation: { id: row.partnership.organisationId, name: row.organisationName },
  partnerOrganisation: { id: row.partnership.partnerOrganisationId, name: row.partnerOrganisationName },
  agreementReference: row.partnership.agreementReference,
  startsOn: row.partnership.startsOn,
  endsOn: row.partnership.endsOn,
  services,
  status: row.status,
  proposedAt: row.partnership.proposedAt.toISOString(),
  acceptedAt: row.partnership.acceptedAt?.toISOString() ?? null,
  endedAt: row.partnership.endedAt?.toISOString() ?? null,
  endReason: row.partnership.endReason,
})

/** The partnerships `where` selects, newest first, as the API shows them. */
export async function partnershipsWhere(db: Database, where: SQL | undefined): Promise<Partnership[]> {
  const rows = await selectPartnerships(db)
    .where(where)
    .orderBy(desc(partnerships.proposedAt), desc(partnerships.id))
  const services = await servicesOf(
    db,
    rows.map((row) => row.partnership.id),
  )
  return rows.map((row) => toPartnership(row, services.get(row.partnership.id) ?? []))
}
