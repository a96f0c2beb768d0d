import { Type } from 'typebox'

/**
 * How far a planned date (a goal's target, the next plan review) may lie from today. A plan written up
 * after the meeting that agreed it can carry dates already gone by, but plans are reviewed every three to
 * six months, so a date more than a year back is a typing slip (a wrong year), never a plan; a goal five
 * years ahead is no plan either.
 */
export const PLANNED_DATE_YEARS_BACK = 1
export const PLANNED_DATE_YEARS_AHEAD = 5

/** `past`: before today and allowed only once the user confirms it; the `too-far-*` outcomes are refused. */
export type PlannedDateCheck = 'ok' | 'past' | 'too-far-back' | 'too-far-ahead'

const shiftYears = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`

/** The first and last planned dates accepted on `today` (YYYY-MM-DD, Europe/Vilnius). */
export const plannedDateRange = (today: string) => ({
  earliest: shiftYears(today, -PLANNED_DATE_YEARS_BACK),
  latest: shiftYears(today, PLANNED_DATE_YEARS_AHEAD),
})

/** Where a planned date (YYYY-MM-DD) lies against today (YYYY-MM-DD, Europe/Vilnius). */
export function checkPlannedDate(date: string, today: string): PlannedDateCheck {
  const { earliest, latest } = plannedDateRange(today)
  if (date < earliest) return 'too-far-back'
  if (date > latest) return 'too-far-ahead'
  return date < today ? 'past' : 'ok'
}

export const PastDateConfirmed = Type.Optional(
  Type.Boolean({
    description:
      'Send `true` once the user has confirmed a planned date before today (Europe/Vilnius); without it such a date is refused with 422 `/problems/past-date-unconfirmed`. Dates more than a year back or five years ahead are refused with 400 whatever this says.',
  }),
)
