import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { inOrganisationScope } from '../db/organisation-scope.js'

export type RouteHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>

/**
 * Runs a signed-in route's handler inside its organisation-scoped transaction. A handler that sends the
 * reply itself returns only once the reply is finished, and the reply waits for the commit (the onSend hook
 * in the auth plugin), so the transaction commits as soon as the handler returns or starts its reply.
 */
export async function inRequestScope(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  handler: RouteHandler,
): Promise<unknown> {
  const actor = request.actor
  if (!actor) throw new Error('inRequestScope needs a signed-in request')
  let settle = () => {}
  request.scopeSettled = new Promise((resolve) => {
    settle = resolve
  })
  const replyStarted = new Promise<void>((resolve) => {
    request.replyStarted = resolve
  })
  let handled: Promise<unknown> = Promise.resolve()
  try {
    const kind = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write'
    await inOrganisationScope(
      app.db,
      actor,
      async (db) => {
        request.scopedDb = db
        handled = handler(request, reply)
        try {
          await Promise.race([handled, replyStarted])
        } finally {
          request.scopedDb = null
        }
      },
      kind,
    )
  } finally {
    request.replyStarted = null
    settle()
  }
  return handled
}
