import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { listOrganisations } from './service.js'
import { listStaff } from './staff-directory.js'

export async function organisationsRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listOrganisations, async (request) => ({
    items: await listOrganisations(request.ctx().db),
  }))
  contractRoute(app, routes.listStaff, async (request) => listStaff(request.signedIn(), request.query))
}
