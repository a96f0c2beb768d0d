import { METHODOLOGIES, routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { createMethodology, getMethodology, listMethodologies, updateMethodology } from './methodologies.js'
import { getMethodologyOutcomes } from './methodology-outcomes.js'

export async function methodologyRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listMethodologies, async (request) =>
    listMethodologies(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getMethodology, async (request, reply) => {
    const methodology = await getMethodology(request.signedIn(), request.params.methodologyId)
    return reply.header('etag', etagOf(methodology.version)).send(methodology)
  })
  contractRoute(app, routes.createMethodology, async (request, reply) => {
    const methodology = await createMethodology(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `${METHODOLOGIES}/${methodology.id}`)
      .header('etag', etagOf(methodology.version))
      .send(methodology)
  })
  contractRoute(app, routes.updateMethodology, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'methodology')
    const methodology = await updateMethodology(
      request.signedIn(),
      request.params.methodologyId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(methodology.version)).send(methodology)
  })
  contractRoute(app, routes.getMethodologyOutcomes, async (request) =>
    getMethodologyOutcomes(request.signedIn(), request.params.methodologyId),
  )
}
