import { checkPlannedDate, PLANNED_DATE_YEARS_AHEAD, PLANNED_DATE_YEARS_BACK } from '@onestop/contracts'
import { todayInVilnius } from '../../lib/dates.js'
import { AppError, BadRequestError } from '../../lib/errors.js'

/**
 * Refuses a planned date (a goal's target, the next review) too far from today, and one before today
 * (Vilnius) unless the user confirmed it (`pastDateConfirmed`).
 */
export function assertPlannedDate(date: string, pointer: string, what: string, confirmed = false): void {
  const check = checkPlannedDate(date, todayInVilnius())
  if (check === 'too-far-back')
    throw new BadRequestError(`The ${what} is more than ${PLANNED_DATE_YEARS_BACK} year in the past.`, [
      { pointer, code: 'date-too-far-back', params: { years: PLANNED_DATE_YEARS_BACK } },
    ])
  if (check === 'too-far-ahead')
    throw new BadRequestError(`The ${what} is more than ${PLANNED_DATE_YEARS_AHEAD} years ahead.`, [
      { pointer, code: 'date-too-far-ahead', params: { years: PLANNED_DATE_YEARS_AHEAD } },
    ])
  if (check === 'past' && !confirmed)
    throw new AppError(
      'past-date-unconfirmed',
      `The ${what} ${date} is before today. Check it, and send pastDateConfirmed: true to keep it.`,
    )
}

/** The same for the due dates of a conference's next steps; a due date the conference already had is kept. */
export function assertStepDueDates(
  steps: readonly { dueOn?: string }[] | undefined,
  confirmed: boolean | undefined,
  kept: readonly (string | null)[] = [],
): void {
  for (const [index, step] of (steps ?? []).entries())
    if (step.dueOn)
      assertPlannedDate(
        step.dueOn,
        `/steps/${index}/dueOn`,
        'step due date',
        confirmed || kept.includes(step.dueOn),
      )
}
