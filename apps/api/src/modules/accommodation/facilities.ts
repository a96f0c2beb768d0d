import type { CreateFacilityBody, ListFacilitiesQuery, UpdateFacilityBody } from '@onestop/contracts'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { accommodationFacilities, accommodationRooms, beds, sites } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { type FacilityRow, toFacility } from './facility-view.js'

async function withRoomsAndBeds(db: Database, facilityRows: FacilityRow[]) {
  const ids = facilityRows.map((f) => f.id)
  if (ids.length === 0) return []
  const roomRows = await db
    .select()
    .from(accommodationRooms)
    .where(inArray(accommodationRooms.facilityId, ids))
    .orderBy(asc(accommodationRooms.name), asc(accommodationRooms.id))
  const bedRows = await db
    .select()
    .from(beds)
    .where(inArray(beds.facilityId, ids))
    .orderBy(asc(beds.label), asc(beds.id))
  return facilityRows.map((facility) => toFacility(facility, roomRows, bedRows))
}

async function whole(db: Database, facility: FacilityRow) {
  const [result] = await withRoomsAndBeds(db, [facility])
  if (!result) throw new Error('facility vanished')
  return result
}

/** A facility of the caller's organisation, or 404. */
export async function findFacility(db: Database, organisationId: string, facilityId: string) {
  const [row] = await db
    .select()
    .from(accommodationFacilities)
    .where(
      and(
        eq(accommodationFacilities.id, facilityId),
        eq(accommodationFacilities.organisationId, organisationId),
      ),
    )
  if (!row) throw new NotFoundError('facility', facilityId)
  return row
}

export async function listFacilities(ctx: SignedInContext, query: Static<typeof ListFacilitiesQuery>) {
  const rows = await ctx.db
    .select()
    .from(accommodationFacilities)
    .where(
      and(
        eq(accommodationFacilities.organisationId, ctx.actor.organisationId),
        query.siteId ? eq(accommodationFacilities.siteId, query.siteId) : undefined,
        query.kind ? eq(accommodationFacilities.kind, query.kind) : undefined,
      ),
    )
    .orderBy(asc(accommodationFacilities.name), asc(accommodationFacilities.id))
  return { items: await withRoomsAndBeds(ctx.db, rows) }
}

/** Names and kinds only, for any staff member choosing a facility for occupancy or nights. */
export async function listFacilityNames(ctx: SignedInContext) {
  const items = await ctx.db
    .select({
      id: accommodationFacilities.id,
      name: accommodationFacilities.name,
      kind: accommodationFacilities.kind,
    })
    .from(accommodationFacilities)
    .where(eq(accommodationFacilities.organisationId, ctx.actor.organisationId))
    .orderBy(asc(accommodationFacilities.name), asc(accommodationFacilities.id))
  return { items }
}

export async function getFacility(ctx: SignedInContext, facilityId: string) {
  return whole(ctx.db, await findFacility(ctx.db, ctx.actor.organisationId, facilityId))
}

export async function createFacility(ctx: SignedInContext, body: Static<typeof CreateFacilityBody>) {
  const [site] = await ctx.db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.id, body.siteId), eq(sites.organisationId, ctx.actor.organisationId)))
  if (!site)
    throw new BadRequestError('No such site in your organisation.', [
      { pointer: '/siteId', code: 'unknown-site' },
    ])
  const [created] = await ctx.db
    .insert(accommodationFacilities)
    .values({
      organisationId: ctx.actor.organisationId,
      siteId: body.siteId,
      kind: body.kind,
      name: body.name.trim(),
      maxStayNights: body.maxStayNights,
    })
    .returning()
  if (!created) throw new Error('facility insert returned nothing')
  await audit(ctx, {
    action: 'facility.create',
    entityType: 'facility',
    entityId: created.id,
    details: { kind: created.kind, siteId: created.siteId },
  })
  return toFacility(created, [], [])
}

export async function updateFacility(
  ctx: SignedInContext,
  facilityId: string,
  expectedVersion: number,
  body: Static<typeof UpdateFacilityBody>,
) {
  await findFacility(ctx.db, ctx.actor.organisationId, facilityId)
  const [updated] = await ctx.db
    .update(accommodationFacilities)
    .set({
      ...(body.name !== undefined ? { name: body.name.trim() } : {}),
      ...(body.maxStayNights !== undefined ? { maxStayNights: body.maxStayNights } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
      version: sql`${accommodationFacilities.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(eq(accommodationFacilities.id, facilityId), eq(accommodationFacilities.version, expectedVersion)),
    )
    .returning()
  if (!updated) throw new PreconditionFailedError('facility')
  await audit(ctx, {
    action: 'facility.update',
    entityType: 'facility',
    entityId: facilityId,
    details: { fields: Object.keys(body) },
  })
  return whole(ctx.db, updated)
}
