import type { CreateRoomBody, ListRoomsQuery, UpdateRoomBody } from '@onestop/contracts'
import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { rooms, sites } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { NotFoundError } from '../../lib/errors.js'
import { findSite } from './sites.js'
import { toRoom } from './view.js'

/** Rooms of sites of one organisation. */
const selectOrganisationRooms = (db: Database, organisationId: string, ...conditions: (SQL | undefined)[]) =>
  db
    .select(getTableColumns(rooms))
    .from(rooms)
    .innerJoin(sites, eq(sites.id, rooms.siteId))
    .where(and(eq(sites.organisationId, organisationId), ...conditions))

export async function listRooms(ctx: SignedInContext, query: Static<typeof ListRoomsQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor)
  const rows = await selectOrganisationRooms(
    ctx.db,
    ctx.actor.organisationId,
    query.siteId ? eq(rooms.siteId, query.siteId) : undefined,
    query.kind ? eq(rooms.kind, query.kind) : undefined,
    query.active !== undefined ? eq(rooms.active, query.active) : undefined,
    cursor ? sql`(${rooms.name}, ${rooms.id}) > (${cursor.k}, ${cursor.id}::uuid)` : undefined,
  )
    .orderBy(asc(rooms.name), asc(rooms.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.name, id: row.id }))
  return { items: page.items.map(toRoom), nextCursor: page.nextCursor }
}

/** A room of the caller's organisation, or 404. */
async function findRoom(ctx: SignedInContext, roomId: string) {
  const [row] = await selectOrganisationRooms(ctx.db, ctx.actor.organisationId, eq(rooms.id, roomId))
  if (!row) throw new NotFoundError('room', roomId)
  return row
}

export async function getRoom(ctx: SignedInContext, roomId: string) {
  return toRoom(await findRoom(ctx, roomId))
}

export async function createRoom(ctx: SignedInContext, body: Static<typeof CreateRoomBody>) {
  await findSite(ctx.db, ctx.actor.organisationId, body.siteId)
  const room = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(rooms)
      .values({
        siteId: body.siteId,
        name: body.name.trim(),
        kind: body.kind,
        capacity: body.capacity,
        active: body.active ?? true,
      })
      .returning()
    if (!created) throw new Error('room insert returned nothing')
    await audit(
      ctx,
      {
        action: 'room.create',
        entityType: 'room',
        entityId: created.id,
        details: { siteId: body.siteId, kind: body.kind, capacity: body.capacity },
      },
      tx,
    )
    return created
  })
  return toRoom(room)
}

export async function updateRoom(ctx: SignedInContext, roomId: string, body: Static<typeof UpdateRoomBody>) {
  const before = await findRoom(ctx, roomId)
  const room = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(rooms)
      .set({
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.kind !== undefined ? { kind: body.kind } : {}),
        ...(body.capacity !== undefined ? { capacity: body.capacity } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(rooms.id, roomId))
      .returning()
    if (!updated) throw new NotFoundError('room', roomId)
    await audit(
      ctx,
      {
        action: body.active === false && before.active ? 'room.deactivate' : 'room.update',
        entityType: 'room',
        entityId: roomId,
        details: { fields: Object.keys(body) },
      },
      tx,
    )
    return updated
  })
  return toRoom(room)
}
