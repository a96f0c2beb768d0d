import type { ListStaffQuery } from '@onestop/contracts'
import { and, arrayContains, asc, eq, ilike, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { organisations, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { escapeLike } from '../../lib/sql.js'

export async function listStaff(ctx: SignedInContext, query: Static<typeof ListStaffQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor)
  const conditions: (SQL | undefined)[] = [eq(users.active, true)]
  if (query.q) conditions.push(ilike(users.name, `%${escapeLike(query.q)}%`))
  if (query.role) conditions.push(arrayContains(users.roles, [query.role]))
  if (query.profession) conditions.push(arrayContains(users.professions, [query.profession]))
  if (query.organisationId) conditions.push(eq(users.organisationId, query.organisationId))
  if (cursor) conditions.push(sql`(${users.name}, ${users.id}) > (${cursor.k}, ${cursor.id}::uuid)`)
  const rows = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      roles: users.roles,
      professions: users.professions,
      organisationId: users.organisationId,
      organisationName: organisations.name,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit + 1)
  await audit(ctx, { action: 'staff.list', entityType: 'user' })
  return pageOf(rows, limit, (row) => ({ k: row.name, id: row.id }))
}
