import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import {
  createUser,
  endUserSessions,
  getUser,
  listUsers,
  resetUserMfa,
  resetUserPassword,
  updateUser,
} from './service.js'

export async function usersRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listUsers, async (request) => listUsers(request.signedIn(), request.query))
  contractRoute(app, routes.createUser, async (request, reply) => {
    const user = await createUser(request.signedIn(), request.body)
    return reply.code(201).header('location', `/api/v1/users/${user.id}`).send(user)
  })
  contractRoute(app, routes.getUser, async (request) => getUser(request.signedIn(), request.params.userId))
  contractRoute(app, routes.updateUser, async (request) =>
    updateUser(request.signedIn(), request.params.userId, request.body),
  )
  contractRoute(app, routes.resetUserPassword, async (request, reply) => {
    await resetUserPassword(request.signedIn(), request.params.userId, request.body.password)
    return reply.code(204).send()
  })
  contractRoute(app, routes.endUserSessions, async (request, reply) => {
    await endUserSessions(request.signedIn(), request.params.userId)
    return reply.code(204).send()
  })
  contractRoute(app, routes.resetUserMfa, async (request, reply) => {
    await resetUserMfa(request.signedIn(), request.params.userId)
    return reply.code(204).send()
  })
}
