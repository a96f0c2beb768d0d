import { type ListStaysQuery, STAY_PAGE } from '@onestop/contracts'
import { and, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { stays } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { assertAfter } from './nights.js'
import { managesStays, stayVisibility } from './stay-access.js'
import { selectStayRows, toStay } from './stay-view.js'

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

/** The stays that match, as filters on the indexed columns `check_in`, `check_out`, and a keyset position. */
function listConditions(ctx: SignedInContext, query: Static<typeof ListStaysQuery>): SQL | undefined {
  if (query.from && query.to) assertAfter({ from: query.from, until: query.to }, '/querystring/to', 'from')
  const cursor = decodeCursor(query.cursor, 'date')
  return and(
    eq(stays.organisationId, ctx.actor.organisationId),
    query.familyId ? eq(stays.familyId, query.familyId) : undefined,
    query.facilityId ? eq(stays.facilityId, query.facilityId) : undefined,
    query.bedId ? eq(stays.bedId, query.bedId) : undefined,
    query.status ? eq(stays.status, query.status) : undefined,
    // A night in [from, to): the same as `nights && daterange(from, to)`, in comparisons an index can use.
    query.from ? gt(stays.checkOut, query.from) : undefined,
    query.to ? lt(stays.checkIn, query.to) : undefined,
    cursor ? sql`(${stays.checkIn}, ${stays.id}) > (${cursor.k}::date, ${cursor.id}::uuid)` : undefined,
  )
}

/**
 * Managers of stays list any of their organisation's; others name a family they may see and get its stays,
 * told where only when they are its responsible case manager. Filtering a family's stays by facility or bed
 * would tell where, so that is refused to those who may not know. Earliest check-in first, then id, a page
 * at a time: the page's stays are chosen from `stays` alone, where the planner picks the right index, and
 * only then joined with their people and places.
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
  const limit = query.limit ?? STAY_PAGE.default
  const positions = await ctx.db
    .select({ id: stays.id, checkIn: stays.checkIn })
    .from(stays)
    .where(listConditions(ctx, query))
    .orderBy(stays.checkIn, stays.id)
    .limit(limit + 1)
  const page = pageOf(positions, limit, (row) => ({ k: row.checkIn, id: row.id }))
  const ids = page.items.map((row) => row.id)
  const rows =
    ids.length === 0
      ? []
      : await selectStayRows(ctx.db).where(inArray(stays.id, ids)).orderBy(stays.checkIn, stays.id)
  await audit(ctx, {
    action: 'stay.list',
    entityType: query.familyId ? 'family' : 'stay',
    ...(query.familyId ? { entityId: query.familyId } : {}),
    details: {
      ...(query.familyId ? { familyId: query.familyId } : {}),
      families: [...new Set(rows.map((row) => row.stay.familyId))],
      stays: ids,
      count: rows.length,
      visibility,
    },
  })
  return { items: rows.map((row) => toStay(row, visibility)), nextCursor: page.nextCursor }
}
