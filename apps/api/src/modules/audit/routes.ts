import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { listAuditActors } from './actors.js'
import { listAuditEntries } from './service.js'

export async function auditRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listAudit, async (request) => listAuditEntries(request.signedIn(), request.query))
  contractRoute(app, routes.listAuditActors, async (request) =>
    listAuditActors(request.signedIn(), request.query),
  )
}
