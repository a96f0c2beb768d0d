import type { ListWaitingRequestsQuery } from '@onestop/contracts'
import { and, asc, eq, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { families, waitingRequests } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { type Cursor, decodeCursor, pageOf } from '../../lib/cursor.js'
import { BadRequestError } from '../../lib/errors.js'
import { visibleFamilies } from '../families/access.js'
import { managesStays } from './stay-access.js'
import { readableRequest } from './waiting-list-access.js'
import {
  loadWaitingRequest,
  membersOf,
  selectWaitingRequestRows,
  toWaitingRequest,
} from './waiting-request-view.js'

/** The list's position: priority rank and time of request, as `rank|ISO time`, then id. */
const RANKED_TIME = /^([0-2])\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/

function decodePosition(value: string | undefined) {
  const cursor = decodeCursor(value)
  if (!cursor) return undefined
  const match = RANKED_TIME.exec(cursor.k)
  if (!match?.[1] || !match[2] || Number.isNaN(Date.parse(match[2])))
    throw new BadRequestError('The cursor is not one this API gave out.', [
      { pointer: '/querystring/cursor', code: 'invalid-cursor' },
    ])
  return { rank: Number(match[1]), time: match[2], id: cursor.id }
}

const positionOf = (request: typeof waitingRequests.$inferSelect): Cursor => ({
  k: `${request.priorityRank}|${request.requestedAt.toISOString()}`,
  id: request.id,
})

/**
 * The waiting list, urgent first and then by time of request. Managers of stays see the organisation's;
 * case managers the requests of families they may see.
 */
export async function listWaitingRequests(
  ctx: SignedInContext,
  query: Static<typeof ListWaitingRequestsQuery>,
) {
  const limit = query.limit ?? 20
  const position = decodePosition(query.cursor)
  const conditions: (SQL | undefined)[] = [
    eq(waitingRequests.organisationId, ctx.actor.organisationId),
    managesStays(ctx.actor)
      ? undefined
      : and(eq(families.organisationId, ctx.actor.organisationId), visibleFamilies(ctx.actor)),
    query.status ? eq(waitingRequests.status, query.status) : undefined,
    query.facilityKind ? eq(waitingRequests.facilityKind, query.facilityKind) : undefined,
    query.familyId ? eq(waitingRequests.familyId, query.familyId) : undefined,
    position
      ? sql`(${waitingRequests.priorityRank}, ${waitingRequests.requestedAt}, ${waitingRequests.id}) > (${position.rank}::smallint, ${position.time}::timestamptz, ${position.id}::uuid)`
      : undefined,
  ]
  const rows = await selectWaitingRequestRows(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(waitingRequests.priorityRank), asc(waitingRequests.requestedAt), asc(waitingRequests.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => positionOf(row.request))
  const members = await membersOf(
    ctx.db,
    page.items.map((row) => row.request.id),
  )
  await audit(ctx, {
    action: 'waiting_request.list',
    entityType: query.familyId ? 'family' : 'waiting_request',
    ...(query.familyId ? { entityId: query.familyId } : {}),
    details: {
      requests: page.items.map((row) => row.request.id),
      families: [...new Set(page.items.map((row) => row.request.familyId))],
      filters: { ...query, cursor: undefined },
    },
  })
  return {
    items: page.items.map((row) => toWaitingRequest(row, members.get(row.request.id) ?? [])),
    nextCursor: page.nextCursor,
  }
}

export async function getWaitingRequest(ctx: SignedInContext, requestId: string) {
  const record = await readableRequest(ctx, requestId)
  await audit(ctx, {
    action: 'waiting_request.read',
    entityType: 'waiting_request',
    entityId: requestId,
    details: { familyId: record.familyId },
  })
  const request = await loadWaitingRequest(ctx.db, requestId)
  if (!request) throw new Error('waiting-list request vanished')
  return request
}
