import {
  type CertificationLevel,
  type CompetenceMatrixQuery,
  type CompetenceStatus,
  EXPIRING_WITHIN_DAYS,
  type Profession,
} from '@onestop/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { methodologies } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { queryRows } from '../../lib/sql.js'

type CellRow = {
  userId: string
  name: string
  professions: Profession[]
  methodologyId: string
  status: CompetenceStatus
  level: CertificationLevel | null
  validUntil: string | null
}

/**
 * Every active staff member × every active methodology in one query: for each pair the certification the
 * status comes from (one valid today before lapsed ones, a practitioner's before a trainee's, the longest
 * lasting first), found through certifications_user_idx.
 */
async function cells(ctx: SignedInContext, query: Static<typeof CompetenceMatrixQuery>, today: string) {
  const organisationId = ctx.actor.organisationId
  return queryRows<CellRow>(
    ctx.db,
    sql`select u.id as "userId", u.name, u.professions, m.id as "methodologyId",
        coalesce(c.status, 'none') as status, c.level, c.valid_until as "validUntil"
      from users u
      cross join methodologies m
      left join lateral (
        select c.level, c.valid_until::text as valid_until,
          case
            when c.valid_until < ${today}::date then 'expired'
            when c.level = 'trainee' then 'in_training'
            when c.valid_until <= ${today}::date + ${EXPIRING_WITHIN_DAYS}::int then 'expiring'
            else 'certified'
          end as status
        from certifications c
        where c.user_id = u.id and c.methodology_id = m.id and c.revoked_at is null
          and c.certified_on <= ${today}::date
        order by c.valid_until >= ${today}::date desc, c.level <> 'trainee' desc, c.valid_until desc
        limit 1
      ) c on true
      where u.organisation_id = ${organisationId} and u.active
        and m.organisation_id = ${organisationId} and m.active
        ${query.profession ? sql`and ${query.profession} = any(u.professions)` : sql``}
        ${
          query.siteId
            ? sql`and exists (select 1 from working_hours w where w.user_id = u.id
                and w.site_id = ${query.siteId} and (w.valid_to is null or w.valid_to >= ${today}::date))`
            : sql``
        }
      order by u.name, u.id, m.name, m.id`,
  )
}

/** Who can run what: the columns in one query, the staff and their cells in another. */
export async function getCompetenceMatrix(ctx: SignedInContext, query: Static<typeof CompetenceMatrixQuery>) {
  const today = todayInVilnius()
  const columns = await ctx.db
    .select({ id: methodologies.id, name: methodologies.name })
    .from(methodologies)
    .where(and(eq(methodologies.organisationId, ctx.actor.organisationId), eq(methodologies.active, true)))
    .orderBy(asc(methodologies.name), asc(methodologies.id))
  const staff = new Map<
    string,
    {
      id: string
      name: string
      professions: Profession[]
      cells: Omit<CellRow, 'userId' | 'name' | 'professions'>[]
    }
  >()
  for (const { userId, name, professions, ...cell } of await cells(ctx, query, today)) {
    const row = staff.get(userId) ?? { id: userId, name, professions, cells: [] }
    row.cells.push(cell)
    staff.set(userId, row)
  }
  return { methodologies: columns, staff: [...staff.values()] }
}
