import { BadRequestError } from '../../lib/errors.js'

const MAX_DAYS = 14
const DAY = 86_400_000

export interface SearchWindow {
  from: Date
  to: Date
}

/** `to` after `from` and at most 14 days later, so one search never scans more than two weeks. */
export function parseSearchWindow(from: string, to: string): SearchWindow {
  const window = { from: new Date(from), to: new Date(to) }
  const length = window.to.getTime() - window.from.getTime()
  if (length <= 0)
    throw new BadRequestError('The search must end after it starts.', [
      { pointer: '/querystring/to', code: 'end-before-start', params: { start: 'from' } },
    ])
  if (length > MAX_DAYS * DAY)
    throw new BadRequestError(`Search at most ${MAX_DAYS} days at a time.`, [
      { pointer: '/querystring/to', code: 'period-too-long', params: { limit: MAX_DAYS, start: 'from' } },
    ])
  return window
}
