import type { CreateServiceBody, ListServicesQuery, UpdateServiceBody } from '@onestop/contracts'
import { and, arrayContains, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { services } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { sqlState, UNIQUE_VIOLATION } from '../../lib/db-errors.js'
import { BadRequestError, ConflictError, NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { escapeLike } from '../../lib/sql.js'
import { usableMethodology } from '../methodologies/methodologies.js'
import { selectServices, toService } from './view.js'

const codeTaken = (code: string) =>
  new ConflictError(`Your organisation already has a service with the code ${code}.`, 'service-code-taken')

/** A duplicate code becomes 409 also when a concurrent insert won the race to the unique index. */
const mapUniqueViolation = (code: string | undefined) => (error: unknown) => {
  throw sqlState(error) === UNIQUE_VIOLATION && code !== undefined ? codeTaken(code) : error
}

function assertGroupCapacity(mode: string, capacity: number | null | undefined) {
  if (mode === 'group' && (capacity === null || capacity === undefined))
    throw new BadRequestError('A group service needs a default capacity.', [
      { pointer: '/defaultCapacity', code: 'capacity-required' },
    ])
}

export async function listServices(ctx: SignedInContext, query: Static<typeof ListServicesQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor)
  const conditions: (SQL | undefined)[] = [eq(services.organisationId, ctx.actor.organisationId)]
  if (query.active !== undefined) conditions.push(eq(services.active, query.active))
  if (query.mode) conditions.push(eq(services.mode, query.mode))
  if (query.profession) conditions.push(arrayContains(services.professions, [query.profession]))
  if (query.q) {
    const pattern = `%${escapeLike(query.q.trim())}%`
    conditions.push(
      or(ilike(services.code, pattern), ilike(services.nameLt, pattern), ilike(services.nameEn, pattern)),
    )
  }
  if (cursor) conditions.push(sql`(${services.nameLt}, ${services.id}) > (${cursor.k}, ${cursor.id}::uuid)`)
  const rows = await selectServices(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(services.nameLt), asc(services.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.service.nameLt, id: row.service.id }))
  return { items: page.items.map(toService), nextCursor: page.nextCursor }
}

async function findService(ctx: SignedInContext, serviceId: string) {
  const [row] = await selectServices(ctx.db).where(
    and(eq(services.id, serviceId), eq(services.organisationId, ctx.actor.organisationId)),
  )
  if (!row) throw new NotFoundError('service', serviceId)
  return row
}

export async function getService(ctx: SignedInContext, serviceId: string) {
  return toService(await findService(ctx, serviceId))
}

export async function createService(ctx: SignedInContext, body: Static<typeof CreateServiceBody>) {
  assertGroupCapacity(body.mode, body.defaultCapacity)
  if (body.methodologyId) await usableMethodology(ctx.db, ctx.actor.organisationId, body.methodologyId)
  const row = await ctx.db
    .transaction(async (tx) => {
      const [created] = await tx
        .insert(services)
        .values({
          organisationId: ctx.actor.organisationId,
          code: body.code,
          catalogueCode: body.catalogueCode ?? null,
          nameLt: body.nameLt.trim(),
          nameEn: body.nameEn.trim(),
          mode: body.mode,
          professions: body.professions,
          roomKinds: body.roomKinds ?? [],
          defaultDurationMinutes: body.defaultDurationMinutes,
          defaultCapacity: body.defaultCapacity ?? null,
          methodologyId: body.methodologyId ?? null,
          active: body.active ?? true,
        })
        .returning()
      if (!created) throw new Error('service insert returned nothing')
      await audit(
        ctx,
        {
          action: 'service.create',
          entityType: 'service',
          entityId: created.id,
          details: { code: body.code },
        },
        tx,
      )
      return created
    })
    .catch(mapUniqueViolation(body.code))
  return getService(ctx, row.id)
}

export async function updateService(
  ctx: SignedInContext,
  serviceId: string,
  expectedVersion: number,
  body: Static<typeof UpdateServiceBody>,
) {
  const { service: before } = await findService(ctx, serviceId)
  if (body.methodologyId && body.methodologyId !== before.methodologyId)
    await usableMethodology(ctx.db, ctx.actor.organisationId, body.methodologyId)
  if (before.version !== expectedVersion) throw new PreconditionFailedError('service')
  assertGroupCapacity(
    body.mode ?? before.mode,
    body.defaultCapacity === undefined ? before.defaultCapacity : body.defaultCapacity,
  )
  const row = await ctx.db
    .transaction(async (tx) => {
      const [updated] = await tx
        .update(services)
        .set({
          ...(body.code !== undefined ? { code: body.code } : {}),
          ...(body.catalogueCode !== undefined ? { catalogueCode: body.catalogueCode } : {}),
          ...(body.nameLt !== undefined ? { nameLt: body.nameLt.trim() } : {}),
          ...(body.nameEn !== undefined ? { nameEn: body.nameEn.trim() } : {}),
          ...(body.mode !== undefined ? { mode: body.mode } : {}),
          ...(body.professions !== undefined ? { professions: body.professions } : {}),
          ...(body.roomKinds !== undefined ? { roomKinds: body.roomKinds } : {}),
          ...(body.defaultDurationMinutes !== undefined
            ? { defaultDurationMinutes: body.defaultDurationMinutes }
            : {}),
          ...(body.defaultCapacity !== undefined ? { defaultCapacity: body.defaultCapacity } : {}),
          ...(body.methodologyId !== undefined ? { methodologyId: body.methodologyId } : {}),
          ...(body.active !== undefined ? { active: body.active } : {}),
          version: sql`${services.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(services.id, serviceId), eq(services.version, expectedVersion)))
        .returning()
      if (!updated) throw new PreconditionFailedError('service')
      await audit(
        ctx,
        {
          action: body.active === false && before.active ? 'service.deactivate' : 'service.update',
          entityType: 'service',
          entityId: serviceId,
          details: { fields: Object.keys(body) },
        },
        tx,
      )
      return updated
    })
    .catch(mapUniqueViolation(body.code))
  return getService(ctx, row.id)
}
