import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { databaseAnswers } from '../../db/client.js'
import { DatabaseUnavailableError } from '../../lib/errors.js'
import { contractRoute } from '../../plugins/contract-route.js'

export async function healthRoutes(app: FastifyInstance) {
  contractRoute(app, routes.health, async (_request, reply) => {
    reply.header('cache-control', 'no-store')
    if (!(await databaseAnswers(app.db))) throw new DatabaseUnavailableError()
    return { status: 'ok', database: 'up' } as const
  })
}
