import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { forgoReplay } from '../../plugins/idempotency.js'
import { createCalendarFeed, getCalendarFeed, readCalendarFeed, revokeCalendarFeed } from './feed.js'
import { listCalendarEvents } from './list.js'
import { getMyDay } from './my-day.js'

/** Mail clients poll a feed every 15 minutes to a few hours; more than this is someone guessing tokens. */
const FEED_RATE_LIMIT = { rateLimit: { max: 60, timeWindow: '1 minute' } }

export async function calendarRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listCalendarEvents, async (request) =>
    listCalendarEvents(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getMyDay, async (request) => getMyDay(request.signedIn(), request.query))
  contractRoute(app, routes.createCalendarFeed, async (request, reply) => {
    // The answer holds the feed's secret, so it is not kept for a replay: a retry makes another address,
    // which revokes the first.
    await forgoReplay(request)
    const feed = await createCalendarFeed(request.signedIn(), `${request.protocol}://${request.host}`)
    return reply
      .code(201)
      .header('location', routes.getCalendarFeed.path)
      .header('cache-control', 'no-store')
      .send(feed)
  })
  contractRoute(app, routes.getCalendarFeed, async (request) => getCalendarFeed(request.signedIn()))
  contractRoute(app, routes.revokeCalendarFeed, async (request, reply) => {
    await revokeCalendarFeed(request.signedIn())
    return reply.code(204).send()
  })
  contractRoute(
    app,
    routes.getCalendarFeedDocument,
    async (request, reply) => {
      const document = await readCalendarFeed(request.ctx(), request.params.token)
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline; filename="onestop.ics"')
        .send(document)
    },
    FEED_RATE_LIMIT,
  )
}
