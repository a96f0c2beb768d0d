import type { Bed, OutOfServicePeriod, Stay } from '@onestop/contracts'
import { stayNights } from './beds'
import { coversNight, nightsBetween } from './days'

export type Segment =
  | { kind: 'stay'; stay: Stay; from: string; nights: number }
  | { kind: 'out'; period: OutOfServicePeriod; from: string; nights: number }
  | { kind: 'free'; from: string; nights: 1 }

/**
 * A bed's row over `days`: runs of nights held by one stay or one out-of-service period (cut to the days
 * shown), and single free nights between them.
 */
export const bedSegments = (
  bed: Bed,
  stays: readonly Stay[],
  periods: readonly OutOfServicePeriod[],
  days: readonly string[],
): Segment[] => {
  const end = days.length
  const segments: Segment[] = []
  let i = 0
  while (i < end) {
    const day = days[i] ?? ''
    const stay = stays.find((s) => {
      const nights = stayNights(s)
      return s.bedId === bed.id && nights !== null && coversNight(nights, day)
    })
    const nightsLeft = (until: string) => Math.min(nightsBetween(day, until), end - i)
    if (stay?.checkOut) {
      const nights = nightsLeft(stay.checkOut)
      segments.push({ kind: 'stay', stay, from: day, nights })
      i += nights
      continue
    }
    const period = periods.find((p) => coversNight(p, day))
    if (period) {
      const nights = nightsLeft(period.until)
      segments.push({ kind: 'out', period, from: day, nights })
      i += nights
      continue
    }
    segments.push({ kind: 'free', from: day, nights: 1 })
    i += 1
  }
  return segments
}
