import { todayInVilnius } from './format'

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'lt-LT')

/** The Vilnius calendar day (`YYYY-MM-DD`) of a timestamp. */
export const vilniusDayOf = (iso: string): string => todayInVilnius(new Date(iso))

/** `HH:mm` in Vilnius. */
export const formatTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Vilnius',
  }).format(new Date(iso))

export const formatTimeRange = (startsAt: string, endsAt: string, language: string): string =>
  `${formatTime(startsAt, language)}–${formatTime(endsAt, language)}`

/** A day (`YYYY-MM-DD`) with its weekday, e.g. "Thursday, 26 November 2026". */
export const formatLongDay = (day: string, language: string): string => {
  const [y, m, d] = day.split('-').map(Number)
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)))
}

/** "26 Nov 2026, 09:30–10:15" in Vilnius time. */
export const formatWhen = (startsAt: string, endsAt: string, language: string): string => {
  const day = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeZone: 'Europe/Vilnius',
  }).format(new Date(startsAt))
  return `${day}, ${formatTimeRange(startsAt, endsAt, language)}`
}

export const minutesBetween = (startsAt: string, endsAt: string): number =>
  Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000)

/** A Vilnius day `days` after `day` (both `YYYY-MM-DD`). */
export const addDays = (day: string, days: number): string => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10)
}
