import { CALENDAR_MAX_DAYS } from '@onestop/contracts'
import { toVilniusInput, vilniusDateTime, vilniusDayStart } from '../../../lib/format'

/*
 * The calendar runs in UTC and is fed Vilnius wall-clock times without an offset ("UTC coercion"), so it
 * shows Vilnius time in any browser: a date it hands back carries the Vilnius wall clock in its UTC fields.
 */

const DAY_MS = 86_400_000

/** A timestamp as the calendar's `YYYY-MM-DDTHH:mm:00` (Vilnius wall clock). */
export const toWallClock = (iso: string): string => `${toVilniusInput(iso)}:00`

/** A date the calendar handed back, as a real ISO timestamp. */
export const fromWallClock = (date: Date): string => vilniusDateTime(date.toISOString().slice(0, 16))

/** The Vilnius day (`YYYY-MM-DD`) of a date the calendar handed back. */
export const wallClockDay = (date: Date): string => date.toISOString().slice(0, 10)

/** The calendar's "now": the Vilnius wall clock. */
export const wallClockNow = (): string => toWallClock(new Date().toISOString())

/**
 * The period to load for the visible days (`end` exclusive). Six weeks across the autumn clock change
 * are an hour longer than the API's limit: the end is held to it, losing only the last night's hour.
 */
export const visiblePeriod = (start: Date, end: Date): { from: string; to: string } => {
  const from = vilniusDayStart(wallClockDay(start))
  const to = vilniusDayStart(wallClockDay(end))
  const longest = Date.parse(from) + CALENDAR_MAX_DAYS * DAY_MS
  return { from, to: Date.parse(to) > longest ? new Date(longest).toISOString() : to }
}
