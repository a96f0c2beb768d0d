import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import {
  acceptPartnership,
  endPartnership,
  getPartnership,
  listPartnerships,
  proposePartnership,
} from './partnerships.js'

export async function partnershipRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listPartnerships, async (request) => ({
    items: await listPartnerships(request.signedIn()),
  }))
  contractRoute(app, routes.getPartnership, async (request) =>
    getPartnership(request.signedIn(), request.params.partnershipId),
  )
  contractRoute(app, routes.proposePartnership, async (request, reply) => {
    const partnership = await proposePartnership(request.signedIn(), request.body)
    return reply.code(201).header('location', `/api/v1/partnerships/${partnership.id}`).send(partnership)
  })
  contractRoute(app, routes.acceptPartnership, async (request) =>
    acceptPartnership(request.signedIn(), request.params.partnershipId),
  )
  contractRoute(app, routes.endPartnership, async (request) =>
    endPartnership(request.signedIn(), request.params.partnershipId, request.body),
  )
}
