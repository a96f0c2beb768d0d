import { BadRequestError } from '../../lib/errors.js'

const MINUTE = 60_000
const TIME = new Intl.DateTimeFormat('lt-LT', {
  timeZone: 'Europe/Vilnius',
  hour: '2-digit',
  minute: '2-digit',
})
const DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Vilnius' })

export interface Period {
  startsAt: Date
  endsAt: Date
}

/** Ends after it starts and lasts 5 minutes to 8 hours. */
export function parsePeriod(startsAt: string, endsAt: string): Period {
  const period = { startsAt: new Date(startsAt), endsAt: new Date(endsAt) }
  const minutes = (period.endsAt.getTime() - period.startsAt.getTime()) / MINUTE
  if (minutes <= 0)
    throw new BadRequestError('The appointment must end after it starts.', [
      { pointer: '/endsAt', code: 'end-before-start', params: { start: 'startsAt' } },
    ])
  if (minutes < 5 || minutes > 8 * 60)
    throw new BadRequestError('An appointment lasts between 5 minutes and 8 hours.', [
      { pointer: '/endsAt', code: 'appointment-length' },
    ])
  return period
}

/** "2026-11-26 09:30–10:30" in Vilnius time, for conflict messages. */
export const describePeriod = ({ startsAt, endsAt }: Period): string =>
  `${DATE.format(startsAt)} ${TIME.format(startsAt)}–${TIME.format(endsAt)}`
