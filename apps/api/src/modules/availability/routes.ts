import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { findAvailability } from './find.js'

export async function availabilityRoutes(app: FastifyInstance) {
  contractRoute(app, routes.findAvailability, async (request) =>
    findAvailability(request.signedIn(), request.query),
  )
}
