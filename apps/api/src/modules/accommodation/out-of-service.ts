import type {
  CreateOutOfServiceBody,
  FacilityOutOfServiceQuery,
  OutOfServicePeriod,
} from '@onestop/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { bedOutOfService, beds, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { findFacility } from './facilities.js'
import { assertAfter, dateRange, parseDays } from './nights.js'
import { findBed } from './rooms-and-beds.js'

const selectPeriods = (ctx: SignedInContext) =>
  ctx.db
    .select({ period: bedOutOfService, createdByName: users.name })
    .from(bedOutOfService)
    .innerJoin(users, eq(users.id, bedOutOfService.createdById))

type PeriodRow = Awaited<ReturnType<ReturnType<typeof selectPeriods>['where']>>[number]

const toPeriod = ({ period, createdByName }: PeriodRow): OutOfServicePeriod => {
  const days = parseDays(period.days)
  return {
    id: period.id,
    bedId: period.bedId,
    from: days.from,
    until: days.until,
    reason: period.reason,
    createdBy: { id: period.createdById, name: createdByName },
    createdAt: period.createdAt.toISOString(),
  }
}

export async function listOutOfService(ctx: SignedInContext, bedId: string) {
  await findBed(ctx.db, ctx.actor.organisationId, bedId)
  const rows = await selectPeriods(ctx)
    .where(eq(bedOutOfService.bedId, bedId))
    .orderBy(asc(sql`lower(${bedOutOfService.days})`), asc(bedOutOfService.id))
  return { items: rows.map(toPeriod) }
}

/**
 * The periods of every bed of a facility overlapping [from, to) (an end left out is open), in one query: the facility's beds by their
 * facility index, each bed's periods through the gist index on (bed, days).
 */
export async function listFacilityOutOfService(
  ctx: SignedInContext,
  facilityId: string,
  query: Static<typeof FacilityOutOfServiceQuery>,
) {
  if (query.from && query.to) assertAfter({ from: query.from, until: query.to }, '/querystring/to', 'from')
  const facility = await findFacility(ctx.db, ctx.actor.organisationId, facilityId)
  const range = sql`daterange(${query.from ?? null}::date, ${query.to ?? null}::date, '[)')`
  const rows = await selectPeriods(ctx)
    .innerJoin(beds, eq(beds.id, bedOutOfService.bedId))
    .where(and(eq(beds.facilityId, facility.id), sql`${bedOutOfService.days} && ${range}`))
    .orderBy(asc(bedOutOfService.bedId), asc(sql`lower(${bedOutOfService.days})`), asc(bedOutOfService.id))
  return { items: rows.map(toPeriod) }
}

/**
 * Takes the bed out of service. The bed's row is locked as placing a stay locks it, so a stay and an
 * out-of-service period for the same days cannot both be written.
 */
export async function createOutOfService(
  ctx: SignedInContext,
  bedId: string,
  body: Static<typeof CreateOutOfServiceBody>,
) {
  const days = assertAfter({ from: body.from, until: body.until }, '/until', 'from')
  await findBed(ctx.db, ctx.actor.organisationId, bedId, true)
  const [held] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from stays
      where bed_id = ${bedId} and status <> 'cancelled' and nights && ${dateRange(days)}`,
  )
  if (held?.n)
    throw new ConflictError(
      `The bed has ${held.n} stay(s) on some of the days from ${days.from} to ${days.until}; move or shorten them first.`,
      'bed-taken',
    )
  const [created] = await ctx.db
    .insert(bedOutOfService)
    .values({ bedId, days: sql`${dateRange(days)}`, reason: body.reason.trim(), createdById: ctx.actor.id })
    .returning({ id: bedOutOfService.id })
  if (!created) throw new Error('out-of-service insert returned nothing')
  await audit(ctx, {
    action: 'bed_out_of_service.create',
    entityType: 'bed',
    entityId: bedId,
    details: { outOfServiceId: created.id, ...days },
  })
  const [row] = await selectPeriods(ctx).where(eq(bedOutOfService.id, created.id))
  if (!row) throw new Error('out-of-service period vanished')
  return toPeriod(row)
}

export async function deleteOutOfService(ctx: SignedInContext, bedId: string, outOfServiceId: string) {
  await findBed(ctx.db, ctx.actor.organisationId, bedId, true)
  const deleted = await ctx.db
    .delete(bedOutOfService)
    .where(and(eq(bedOutOfService.id, outOfServiceId), eq(bedOutOfService.bedId, bedId)))
    .returning({ days: bedOutOfService.days })
  if (deleted.length === 0) throw new NotFoundError('out-of-service period', outOfServiceId)
  await audit(ctx, {
    action: 'bed_out_of_service.delete',
    entityType: 'bed',
    entityId: bedId,
    details: { outOfServiceId, ...parseDays(deleted[0]?.days ?? '') },
  })
}
