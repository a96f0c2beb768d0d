import type { ReferralUrgency } from '@onestop/contracts'
import { addWorkingDays, todayInVilnius, vilniusInstant } from '../../lib/dates.js'

const URGENT_HOURS = 24
const ROUTINE_WORKING_DAYS = 3

const VILNIUS_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Vilnius',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * When the receiving organisation must answer: 24 hours after an urgent referral arrives; a routine one
 * at the same Vilnius time of day 3 working days later.
 */
export function answerDueAt(receivedAt: Date, urgency: ReferralUrgency): Date {
  if (urgency === 'urgent') return new Date(receivedAt.getTime() + URGENT_HOURS * 3_600_000)
  const day = addWorkingDays(todayInVilnius(receivedAt), ROUTINE_WORKING_DAYS)
  const time = VILNIUS_TIME.format(receivedAt)
  try {
    const due = new Date(vilniusInstant(day, time))
    due.setUTCSeconds(receivedAt.getUTCSeconds(), receivedAt.getUTCMilliseconds())
    return due
  } catch {
    // The time of day does not exist on that day (the spring clock change): an hour later does.
    return new Date(vilniusInstant(day, '04:00'))
  }
}
