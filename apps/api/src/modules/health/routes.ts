import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { databaseAnswers } from '../../db/client.js'
import { contractRoute } from '../../plugins/contract-route.js'

export async function healthRoutes(app: FastifyInstance) {
  contractRoute(app, routes.health, async (_request, reply) => {
    const database = (await databaseAnswers(app.db)) ? 'up' : 'down'
    return reply
      .code(database === 'up' ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: database === 'up' ? 'ok' : 'degraded', database })
  })
}
