/** Calendar days (`YYYY-MM-DD`, Vilnius dates as the API sends them) and half-open periods of nights. */

const toUtc = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)
}

export const addDays = (day: string, days: number): string =>
  new Date(toUtc(day) + days * 86_400_000).toISOString().slice(0, 10)

/** Nights from `from` to `until` (the check-out day is not a night). */
export const nightsBetween = (from: string, until: string): number =>
  Math.round((toUtc(until) - toUtc(from)) / 86_400_000)

/** `count` days from `from` on. */
export const daysFrom = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addDays(from, i))

/** The Monday of the week `day` falls in. */
export const mondayOf = (day: string): string => addDays(day, -((new Date(toUtc(day)).getUTCDay() + 6) % 7))

export interface Nights {
  from: string
  until: string
}

export const coversNight = (period: Nights, night: string) => period.from <= night && night < period.until

export const overlaps = (a: Nights, b: Nights) => a.from < b.until && b.from < a.until

/** A `YYYY-MM-DD` as the API takes it. */
export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)
