import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { createService, getService, listServices, updateService } from './service.js'

export async function catalogueRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listServices, async (request) => listServices(request.signedIn(), request.query))
  contractRoute(app, routes.getService, async (request, reply) => {
    const service = await getService(request.signedIn(), request.params.serviceId)
    return reply.header('etag', etagOf(service.version)).send(service)
  })
  contractRoute(app, routes.createService, async (request, reply) => {
    const service = await createService(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/services/${service.id}`)
      .header('etag', etagOf(service.version))
      .send(service)
  })
  contractRoute(app, routes.updateService, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'service')
    const service = await updateService(request.signedIn(), request.params.serviceId, version, request.body)
    return reply.header('etag', etagOf(service.version)).send(service)
  })
}
