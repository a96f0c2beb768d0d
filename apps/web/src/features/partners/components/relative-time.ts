const HOUR = 3_600_000
const DAY = 24 * HOUR

/** "in 23 hours", "in 3 days", "in 5 minutes" from `now`, in the reader's language. */
export const relativeTime = (iso: string, now: Date, language: string): string => {
  const format = new Intl.RelativeTimeFormat(language === 'en' ? 'en-GB' : 'lt-LT', { numeric: 'auto' })
  const ms = new Date(iso).getTime() - now.getTime()
  if (Math.abs(ms) >= 2 * DAY) return format.format(Math.round(ms / DAY), 'day')
  if (Math.abs(ms) >= 2 * HOUR) return format.format(Math.round(ms / HOUR), 'hour')
  return format.format(Math.max(1, Math.round(ms / 60_000)), 'minute')
}
