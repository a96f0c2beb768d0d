const locales = { lt: 'lt-LT', en: 'en-GB' } as const

const localeOf = (language: string) => (language === 'en' ? locales.en : locales.lt)

/** A timestamp in Vilnius time, in the reader's language. */
export const formatDateTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Vilnius',
  }).format(new Date(iso))

/**
 * The start of a calendar day (`YYYY-MM-DD`) in Vilnius, as an ISO timestamp with offset.
 * `endOfDay` gives the start of the next day, for an exclusive upper bound.
 */
export const vilniusDayStart = (day: string, endOfDay = false): string => {
  const [y, m, d] = day.split('-').map(Number)
  const utcMidnight = Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + (endOfDay ? 1 : 0))
  const offsetMinutes = vilniusOffsetMinutes(new Date(utcMidnight))
  return new Date(utcMidnight - offsetMinutes * 60_000).toISOString()
}

const vilniusOffsetMinutes = (at: Date): number => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Vilnius',
    timeZoneName: 'longOffset',
  }).formatToParts(at)
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+02:00'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!match) return 120
  const sign = match[1] === '-' ? -1 : 1
  return sign * (Number(match[2]) * 60 + Number(match[3]))
}

/** A calendar date (`YYYY-MM-DD`, already a Vilnius day) in the reader's language. */
export const formatDay = (day: string, language: string): string => {
  const [y, m, d] = day.split('-').map(Number)
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  )
}

/** The Vilnius calendar date of a timestamp, in the reader's language. */
export const formatDate = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'Europe/Vilnius' }).format(
    new Date(iso),
  )

/** Today in Vilnius, as `YYYY-MM-DD`: the same day the API judges dates by. */
export { todayInVilnius } from '@onestop/contracts/client'

/** A `YYYY-MM-DDTHH:mm` wall-clock time in Vilnius (a datetime-local input), as an ISO timestamp. */
export const vilniusDateTime = (local: string): string => {
  const [day = '', time = ''] = local.split('T')
  const [y, m, d] = day.split('-').map(Number)
  const [h, min] = time.split(':').map(Number)
  const asUtc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0)
  return new Date(asUtc - vilniusOffsetMinutes(new Date(asUtc)) * 60_000).toISOString()
}

/** A timestamp as the Vilnius wall-clock `YYYY-MM-DDTHH:mm`, for a datetime-local input. */
export const toVilniusInput = (iso: string): string => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Vilnius',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

/** A share (0–1) as a percentage in the reader's language; a dash when there was nothing to count. */
export const formatRate = (rate: number | null, language: string): string =>
  rate === null
    ? '—'
    : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'lt-LT', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(rate)

/** A change in the reader's language, with its sign (+2, −1,5, 0). */
export const formatChange = (change: number, language: string): string =>
  new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(change)

/** The Vilnius time of day of a timestamp (HH:MM), in the reader's language. */
export const formatTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'short', timeZone: 'Europe/Vilnius' }).format(
    new Date(iso),
  )
