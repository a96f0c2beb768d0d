import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { periodOf } from './period.js'
import { getStatistics } from './statistics.js'

export async function statisticsRoutes(app: FastifyInstance) {
  contractRoute(app, routes.getStatistics, async (request) =>
    getStatistics(request.signedIn(), periodOf(request.query, new Date())),
  )
}
