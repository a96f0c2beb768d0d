import type { Family } from '@onestop/contracts'
import { eq, getTableColumns, type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { families } from '../../db/schema/index.js'
import { todayInVilnius } from '../../lib/dates.js'
import { AccessEndedError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'

const staffName = (id: SQL) => sql<string | null>`(select u.name from users u where u.id = ${id})`

/**
 * Families with the names the API shows beside them, in one query however many rows. The names are
 * scalar subqueries, so they are looked up only for the rows of the page, after ordering and limit.
 */
export const selectFamilyRows = (db: Database) =>
  db
    .select({
      ...getTableColumns(families),
      caseManagerName: staffName(qualified(families.caseManagerId)),
      intakeByName: sql<string>`${staffName(qualified(families.intakeById))}`,
      memberNames: sql<string[]>`array(
        select p.given_name || ' ' || p.family_name from family_memberships m
        join persons p on p.id = m.person_id
        where m.family_id = ${qualified(families.id)} and m.left_at is null
        order by p.birth_date, p.id)`,
    })
    .from(families)

export type FamilyViewRow = Awaited<ReturnType<ReturnType<typeof selectFamilyRows>['execute']>>[number]

export function toFamily(row: FamilyViewRow, today: string = todayInVilnius()): Family {
  return {
    id: row.id,
    referenceCode: row.referenceCode,
    status: row.status,
    organisationId: row.organisationId,
    municipality: row.municipality,
    referralSource: row.referralSource,
    referredAt: row.referredAt,
    violenceOrDangerReported: row.violenceOrDangerReported,
    firstAssessmentDue: row.firstAssessmentDue,
    firstAssessmentOverdue:
      row.firstAssessmentDue !== null &&
      row.firstAssessmentAt === null &&
      row.status !== 'closed' &&
      row.firstAssessmentDue < today,
    riskFactors: row.riskFactors,
    recipientGroups: row.recipientGroups,
    caseManager:
      row.caseManagerId && row.caseManagerName ? { id: row.caseManagerId, name: row.caseManagerName } : null,
    intakeBy: { id: row.intakeById, name: row.intakeByName },
    memberNames: row.memberNames,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    closingReason: row.closingReason,
    outcomeSummary: row.outcomeSummary,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export async function loadFamilyView(db: Database, familyId: string): Promise<Family> {
  const [row] = await selectFamilyRows(db).where(eq(families.id, familyId))
  if (!row) throw new AccessEndedError()
  return toFamily(row)
}
