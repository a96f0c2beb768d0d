import type { CreateSiteBody, ListSitesQuery, UpdateSiteBody } from '@onestop/contracts'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { organisations, rooms, sites } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { NotFoundError } from '../../lib/errors.js'
import { type SiteRow, toSite } from './view.js'

async function withRooms(db: Database, siteRows: SiteRow[]) {
  const ids = siteRows.map((s) => s.id)
  const roomRows = ids.length
    ? await db.select().from(rooms).where(inArray(rooms.siteId, ids)).orderBy(asc(rooms.name), asc(rooms.id))
    : []
  return siteRows.map((site) => toSite(site, roomRows))
}

/** A site of the caller's organisation, or 404. */
export async function findSite(db: Database, organisationId: string, siteId: string) {
  const [row] = await db
    .select()
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.organisationId, organisationId)))
  if (!row) throw new NotFoundError('site', siteId)
  return row
}

async function withItsRooms(db: Database, site: SiteRow) {
  const [result] = await withRooms(db, [site])
  if (!result) throw new Error('site vanished')
  return result
}

export async function getSite(ctx: SignedInContext, siteId: string) {
  return withItsRooms(ctx.db, await findSite(ctx.db, ctx.actor.organisationId, siteId))
}

export async function listSites(ctx: SignedInContext, query: Static<typeof ListSitesQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor)
  const rows = await ctx.db
    .select()
    .from(sites)
    .where(
      and(
        eq(sites.organisationId, ctx.actor.organisationId),
        cursor ? sql`(${sites.name}, ${sites.id}) > (${cursor.k}, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(sites.name), asc(sites.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.name, id: row.id }))
  return { items: await withRooms(ctx.db, page.items), nextCursor: page.nextCursor }
}

export async function createSite(ctx: SignedInContext, body: Static<typeof CreateSiteBody>) {
  const site = await ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .select({ municipality: organisations.municipality })
      .from(organisations)
      .where(eq(organisations.id, ctx.actor.organisationId))
    const [created] = await tx
      .insert(sites)
      .values({
        organisationId: ctx.actor.organisationId,
        name: body.name.trim(),
        address: body.address.trim(),
        municipality: body.municipality?.trim() ?? org?.municipality ?? '',
      })
      .returning()
    if (!created) throw new Error('site insert returned nothing')
    await audit(
      ctx,
      { action: 'site.create', entityType: 'site', entityId: created.id, details: { name: created.name } },
      tx,
    )
    return created
  })
  return toSite(site, [])
}

export async function updateSite(ctx: SignedInContext, siteId: string, body: Static<typeof UpdateSiteBody>) {
  await findSite(ctx.db, ctx.actor.organisationId, siteId)
  const site = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(sites)
      .set({
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.address !== undefined ? { address: body.address.trim() } : {}),
        ...(body.municipality !== undefined ? { municipality: body.municipality.trim() } : {}),
        updatedAt: sql`now()`,
      })
      .where(and(eq(sites.id, siteId), eq(sites.organisationId, ctx.actor.organisationId)))
      .returning()
    if (!updated) throw new NotFoundError('site', siteId)
    await audit(
      ctx,
      { action: 'site.update', entityType: 'site', entityId: siteId, details: { fields: Object.keys(body) } },
      tx,
    )
    return updated
  })
  return withItsRooms(ctx.db, site)
}
