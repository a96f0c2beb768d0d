import { CALENDAR_MAX_DAYS, type ListCalendarEventsQuery } from '@onestop/contracts'
import type { Static } from 'typebox'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError } from '../../lib/errors.js'
import { type CalendarScope, calendarEvents } from './events.js'

type Query = Static<typeof ListCalendarEventsQuery>

const DAY_MS = 24 * 60 * 60 * 1000
const SCOPES = ['specialistId', 'roomId', 'siteId'] as const

function scopeOf(query: Query): CalendarScope {
  const given: CalendarScope[] = []
  if (query.specialistId) given.push({ specialistId: query.specialistId })
  if (query.roomId) given.push({ roomId: query.roomId })
  if (query.siteId) given.push({ siteId: query.siteId })
  const [scope] = given
  if (scope && given.length === 1) return scope
  const named = given.length === 0 ? [...SCOPES] : given.flatMap((g) => Object.keys(g))
  throw new BadRequestError(
    given.length === 0
      ? 'Say whose calendar: give one of specialistId, roomId or siteId.'
      : `Give only one of specialistId, roomId or siteId, not ${named.join(' and ')}.`,
    named.map((field) => ({
      pointer: `/querystring/${field}`,
      code: 'one-calendar-scope' as const,
    })),
  )
}

function periodOf(query: Query) {
  const from = new Date(query.from)
  const to = new Date(query.to)
  if (to <= from)
    throw new BadRequestError('The period must end after it starts.', [
      { pointer: '/querystring/to', code: 'end-before-start', params: { start: 'from' } },
    ])
  if (to.getTime() - from.getTime() > CALENDAR_MAX_DAYS * DAY_MS)
    throw new BadRequestError(`A calendar shows at most ${CALENDAR_MAX_DAYS} days at a time.`, [
      {
        pointer: '/querystring/to',
        code: 'period-too-long',
        params: { limit: CALENDAR_MAX_DAYS, start: 'from' },
      },
    ])
  return { from, to }
}

/** A specialist's, room's or site's calendar for a period of up to six weeks. */
export async function listCalendarEvents(ctx: SignedInContext, query: Query) {
  const scope = scopeOf(query)
  const items = await calendarEvents(ctx.db, ctx.actor, {
    scope,
    ...periodOf(query),
    includeCancelled: query.includeCancelled ?? false,
  })
  const full = items.filter((e) => e.kind === 'appointment' && e.visibility === 'full').map((e) => e.id)
  await audit(ctx, {
    action: 'calendar.read',
    entityType: 'appointment',
    details: {
      appointments: full,
      busy: items.filter((e) => e.visibility === 'busy').length,
      groupSessions: items.filter((e) => e.kind === 'group_session').length,
      filters: query,
    },
  })
  return { items }
}
