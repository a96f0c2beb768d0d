import type { ListStaysQuery } from '@onestop/contracts'
import { and, eq, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { stays } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { managesStays, stayVisibility } from './stay-access.js'
import { selectStayRows, toStay } from './stay-view.js'

const LIST_LIMIT = 500

export async function getStay(ctx: SignedInContext, stayId: string) {
  const [row] = await selectStayRows(ctx.db).where(
    and(eq(stays.id, stayId), eq(stays.organisationId, ctx.actor.organisationId)),
  )
  if (!row) throw new NotFoundError('stay', stayId)
  let visibility: Awaited<ReturnType<typeof stayVisibility>>
  try {
    visibility = await stayVisibility(ctx, row.stay.familyId)
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError('stay', stayId)
    throw error
  }
  await audit(ctx, {
    action: 'stay.read',
    entityType: 'stay',
    entityId: stayId,
    details: { familyId: row.stay.familyId, personId: row.stay.personId, visibility },
  })
  return toStay(row, visibility)
}

/**
 * Managers of stays list any of their organisation's; others name a family they may see and get its stays,
 * told where only when they are its responsible case manager. Filtering a family's stays by facility or bed
 * would tell where, so that is refused to those who may not know.
 */
export async function listStays(ctx: SignedInContext, query: Static<typeof ListStaysQuery>) {
  if (!managesStays(ctx.actor) && !query.familyId)
    throw new ForbiddenError(
      "Name a family: only accommodation officers and coordinators list everyone's stays.",
    )
  const visibility = query.familyId ? await stayVisibility(ctx, query.familyId) : 'full'
  if (visibility === 'limited' && (query.facilityId || query.bedId))
    throw new ForbiddenError(
      'Where the family stays is not shown to you, so its stays are not filtered by place.',
    )
  const conditions: (SQL | undefined)[] = [
    eq(stays.organisationId, ctx.actor.organisationId),
    query.familyId ? eq(stays.familyId, query.familyId) : undefined,
    query.facilityId ? eq(stays.facilityId, query.facilityId) : undefined,
    query.bedId ? eq(stays.bedId, query.bedId) : undefined,
    query.status ? eq(stays.status, query.status) : undefined,
    query.from || query.to
      ? sql`${stays.nights} && daterange(${query.from ?? null}::date, ${query.to ?? null}::date, '[)')`
      : undefined,
  ]
  const rows = await selectStayRows(ctx.db)
    .where(and(...conditions))
    .orderBy(sql`lower(${stays.nights})`, stays.id)
    .limit(LIST_LIMIT)
  await audit(ctx, {
    action: 'stay.list',
    entityType: query.familyId ? 'family' : 'stay',
    ...(query.familyId ? { entityId: query.familyId } : {}),
    details: {
      ...(query.familyId ? { familyId: query.familyId } : {}),
      families: [...new Set(rows.map((row) => row.stay.familyId))],
      count: rows.length,
      visibility,
    },
  })
  return { items: rows.map((row) => toStay(row, visibility)) }
}
