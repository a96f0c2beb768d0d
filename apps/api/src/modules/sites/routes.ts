import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { createRoom, getRoom, listRooms, updateRoom } from './rooms.js'
import { createSite, getSite, listSites, updateSite } from './sites.js'

export async function sitesRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listSites, async (request) => listSites(request.signedIn(), request.query))
  contractRoute(app, routes.getSite, async (request) => getSite(request.signedIn(), request.params.siteId))
  contractRoute(app, routes.createSite, async (request, reply) => {
    const site = await createSite(request.signedIn(), request.body)
    return reply.code(201).header('location', `/api/v1/sites/${site.id}`).send(site)
  })
  contractRoute(app, routes.updateSite, async (request) =>
    updateSite(request.signedIn(), request.params.siteId, request.body),
  )
  contractRoute(app, routes.listRooms, async (request) => listRooms(request.signedIn(), request.query))
  contractRoute(app, routes.getRoom, async (request) => getRoom(request.signedIn(), request.params.roomId))
  contractRoute(app, routes.createRoom, async (request, reply) => {
    const room = await createRoom(request.signedIn(), request.body)
    return reply.code(201).header('location', `/api/v1/rooms/${room.id}`).send(room)
  })
  contractRoute(app, routes.updateRoom, async (request) =>
    updateRoom(request.signedIn(), request.params.roomId, request.body),
  )
}
