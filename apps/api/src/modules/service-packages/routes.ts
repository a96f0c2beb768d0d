import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import {
  createServicePackage,
  deleteServicePackage,
  listServicePackages,
  updateServicePackage,
} from './packages.js'

export async function servicePackageRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listServicePackages, async (request) =>
    listServicePackages(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.createServicePackage, async (request, reply) => {
    const { familyId } = request.params
    const created = await createServicePackage(request.signedIn(), familyId, request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/families/${familyId}/service-packages/${created.id}`)
      .header('etag', etagOf(created.version))
      .send(created)
  })
  contractRoute(app, routes.updateServicePackage, async (request, reply) => {
    const updated = await updateServicePackage(
      request.signedIn(),
      request.params.familyId,
      request.params.packageId,
      request.headers['if-match'],
      request.body,
    )
    return reply.header('etag', etagOf(updated.version)).send(updated)
  })
  contractRoute(app, routes.deleteServicePackage, async (request, reply) => {
    await deleteServicePackage(
      request.signedIn(),
      request.params.familyId,
      request.params.packageId,
      request.headers['if-match'],
    )
    return reply.code(204).send()
  })
}
