import type { Availability, FindAvailabilityQuery } from '@onestop/contracts'
import { and, eq } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { services } from '../../db/schema/index.js'
import type { Actor, SignedInContext } from '../../lib/context.js'
import { BadRequestError, ConflictError } from '../../lib/errors.js'
import { parseSearchWindow } from './search-window.js'
import { freeSlots } from './slots.js'

const DEFAULT_LIMIT = 50
/** A booking lasts at most 8 hours, so a longer default could never be booked. */
const LONGEST_APPOINTMENT_MINUTES = 480

async function offeredService(db: Database, actor: Actor, serviceId: string) {
  const [service] = await db
    .select({
      id: services.id,
      nameLt: services.nameLt,
      active: services.active,
      minutes: services.defaultDurationMinutes,
    })
    .from(services)
    .where(and(eq(services.id, serviceId), eq(services.organisationId, actor.organisationId)))
  if (!service)
    throw new BadRequestError('No such service in your organisation.', [
      { pointer: '/querystring/serviceId', message: 'is not a service of your organisation' },
    ])
  if (!service.active)
    throw new ConflictError(`The service "${service.nameLt}" is no longer offered.`, 'service-inactive')
  return service
}

/** Free slots for a service; no personal data, so not audited. */
export async function findAvailability(
  ctx: SignedInContext,
  query: FindAvailabilityQuery,
): Promise<Availability> {
  const window = parseSearchWindow(query.from, query.to)
  const service = await offeredService(ctx.db, ctx.actor, query.serviceId)
  const limit = query.limit ?? DEFAULT_LIMIT
  const slots = await freeSlots(ctx.db, {
    ...window,
    organisationId: ctx.actor.organisationId,
    serviceId: service.id,
    specialistId: query.specialistId ?? null,
    siteId: query.siteId ?? null,
    minutes: query.durationMinutes ?? Math.min(service.minutes, LONGEST_APPOINTMENT_MINUTES),
    limit: limit + 1,
  })
  return { items: slots.slice(0, limit), truncated: slots.length > limit }
}
