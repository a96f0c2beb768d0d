import { vilniusDayStart } from '../../../lib/format'
import { addDays } from '../../../lib/times'
import type { AvailabilitySearch } from '../../../reference/availability-keys'

/** The API searches at most 14 days at a time. */
export const MAX_SEARCH_DAYS = 14
const DAY_MS = 86_400_000

export interface SearchValues {
  serviceId: string | null
  specialistId: string | null
  siteId: string | null
  range: [string | null, string | null]
}

/** The days of a range, counting both ends. */
export const daysInRange = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1

/**
 * The availability query for whole Vilnius days. A range across the autumn clock change is an hour longer
 * than its days, so the end is held to the API's limit.
 */
export const toAvailabilitySearch = (values: SearchValues): AvailabilitySearch | null => {
  const [fromDay, toDay] = values.range
  if (!values.serviceId || !fromDay) return null
  const from = vilniusDayStart(fromDay)
  const to = vilniusDayStart(toDay ?? fromDay, true)
  const longest = new Date(Date.parse(from) + MAX_SEARCH_DAYS * DAY_MS).toISOString()
  return {
    serviceId: values.serviceId,
    from,
    to: Date.parse(to) > Date.parse(longest) ? longest : to,
    ...(values.specialistId ? { specialistId: values.specialistId } : {}),
    ...(values.siteId ? { siteId: values.siteId } : {}),
  }
}

/** A week from `today`. */
export const defaultRange = (today: string): [string, string] => [today, addDays(today, 6)]
