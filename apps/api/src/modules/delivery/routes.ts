import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { listDeliveredServices } from './list.js'

export async function deliveryRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listDeliveredServices, async (request) =>
    listDeliveredServices(request.signedIn(), request.query),
  )
}
