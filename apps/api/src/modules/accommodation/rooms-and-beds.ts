import type {
  CreateAccommodationRoomBody,
  CreateBedBody,
  UpdateAccommodationRoomBody,
  UpdateBedBody,
} from '@onestop/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { accommodationFacilities, accommodationRooms, beds } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { findFacility } from './facilities.js'
import { toAccommodationRoom, toBed } from './facility-view.js'

const ofOrganisation = (organisationId: string) =>
  sql`exists(select 1 from ${accommodationFacilities} f where f.id = ${accommodationRooms.facilityId} and f.organisation_id = ${organisationId})`

/** A room of a facility of the caller's organisation, or 404. */
export async function findAccommodationRoom(db: Database, organisationId: string, roomId: string) {
  const [row] = await db
    .select()
    .from(accommodationRooms)
    .where(and(eq(accommodationRooms.id, roomId), ofOrganisation(organisationId)))
  if (!row) throw new NotFoundError('room', roomId)
  return row
}

/** A bed of the caller's organisation, or 404; `lock` takes its row `for update`. */
export async function findBed(db: Database, organisationId: string, bedId: string, lock = false) {
  const query = db
    .select()
    .from(beds)
    .where(
      and(
        eq(beds.id, bedId),
        sql`exists(select 1 from ${accommodationFacilities} f where f.id = ${beds.facilityId} and f.organisation_id = ${organisationId})`,
      ),
    )
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw new NotFoundError('bed', bedId)
  return row
}

async function bedsOfRoom(db: Database, roomId: string) {
  return db.select().from(beds).where(eq(beds.roomId, roomId)).orderBy(asc(beds.label), asc(beds.id))
}

export async function createAccommodationRoom(
  ctx: SignedInContext,
  facilityId: string,
  body: Static<typeof CreateAccommodationRoomBody>,
) {
  await findFacility(ctx.db, ctx.actor.organisationId, facilityId)
  const [created] = await ctx.db
    .insert(accommodationRooms)
    .values({ facilityId, name: body.name.trim() })
    .returning()
  if (!created) throw new Error('room insert returned nothing')
  await audit(ctx, {
    action: 'accommodation_room.create',
    entityType: 'accommodation_room',
    entityId: created.id,
    details: { facilityId },
  })
  return toAccommodationRoom(created, [])
}

export async function updateAccommodationRoom(
  ctx: SignedInContext,
  roomId: string,
  expectedVersion: number,
  body: Static<typeof UpdateAccommodationRoomBody>,
) {
  await findAccommodationRoom(ctx.db, ctx.actor.organisationId, roomId)
  const [updated] = await ctx.db
    .update(accommodationRooms)
    .set({
      ...(body.name !== undefined ? { name: body.name.trim() } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
      version: sql`${accommodationRooms.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(accommodationRooms.id, roomId), eq(accommodationRooms.version, expectedVersion)))
    .returning()
  if (!updated) throw new PreconditionFailedError('room')
  await audit(ctx, {
    action: 'accommodation_room.update',
    entityType: 'accommodation_room',
    entityId: roomId,
    details: { fields: Object.keys(body) },
  })
  return toAccommodationRoom(updated, await bedsOfRoom(ctx.db, roomId))
}

export async function createBed(ctx: SignedInContext, roomId: string, body: Static<typeof CreateBedBody>) {
  const room = await findAccommodationRoom(ctx.db, ctx.actor.organisationId, roomId)
  const [created] = await ctx.db
    .insert(beds)
    .values({
      facilityId: room.facilityId,
      roomId,
      label: body.label.trim(),
      childBed: body.childBed ?? false,
      cot: body.cot ?? false,
      accessible: body.accessible ?? false,
    })
    .returning()
  if (!created) throw new Error('bed insert returned nothing')
  await audit(ctx, {
    action: 'bed.create',
    entityType: 'bed',
    entityId: created.id,
    details: { facilityId: room.facilityId, roomId },
  })
  return toBed(created)
}

export async function updateBed(
  ctx: SignedInContext,
  bedId: string,
  expectedVersion: number,
  body: Static<typeof UpdateBedBody>,
) {
  await findBed(ctx.db, ctx.actor.organisationId, bedId)
  const [updated] = await ctx.db
    .update(beds)
    .set({
      ...(body.label !== undefined ? { label: body.label.trim() } : {}),
      ...(body.childBed !== undefined ? { childBed: body.childBed } : {}),
      ...(body.cot !== undefined ? { cot: body.cot } : {}),
      ...(body.accessible !== undefined ? { accessible: body.accessible } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
      version: sql`${beds.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(beds.id, bedId), eq(beds.version, expectedVersion)))
    .returning()
  if (!updated) throw new PreconditionFailedError('bed')
  await audit(ctx, {
    action: 'bed.update',
    entityType: 'bed',
    entityId: bedId,
    details: { fields: Object.keys(body) },
  })
  return toBed(updated)
}
