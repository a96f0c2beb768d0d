import type { Availability, FindAvailabilityQuery } from '@onestop/contracts'
import type { SignedInContext } from '../../lib/context.js'
import { checkService } from '../bookings/checks.js'
import { parseSearchWindow } from './search-window.js'
import { freeSlots } from './slots.js'

const DEFAULT_LIMIT = 50
/** A booking lasts at most 8 hours, so a longer default could never be booked. */
const LONGEST_APPOINTMENT_MINUTES = 480

/** Free slots for a service; no personal data, so not audited. */
export async function findAvailability(
  ctx: SignedInContext,
  query: FindAvailabilityQuery,
): Promise<Availability> {
  const window = parseSearchWindow(query.from, query.to)
  const service = await checkService(ctx.db, ctx.actor, query.serviceId, '/querystring/serviceId')
  const limit = query.limit ?? DEFAULT_LIMIT
  const slots = await freeSlots(ctx.db, {
    ...window,
    organisationId: ctx.actor.organisationId,
    serviceId: service.id,
    specialistId: query.specialistId ?? null,
    siteId: query.siteId ?? null,
    minutes: query.durationMinutes ?? Math.min(service.defaultDurationMinutes, LONGEST_APPOINTMENT_MINUTES),
    limit: limit + 1,
  })
  return { items: slots.slice(0, limit), truncated: slots.length > limit }
}
