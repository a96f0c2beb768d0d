import {
  type RouteBody,
  type RouteDefinition,
  type RouteParams,
  type RouteQuery,
  type RouteResult,
  routeProblemTypes,
} from '@onestop/contracts'
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { inRequestScope, type RouteHandler } from './request-scope.js'

type ContractRequest<R extends RouteDefinition> = FastifyRequest<{
  Params: RouteParams<R>
  Querystring: RouteQuery<R>
  Body: RouteBody<R>
}>

export type ContractHandler<R extends RouteDefinition> = (
  request: ContractRequest<R>,
  reply: FastifyReply,
) => Promise<RouteResult<R> | FastifyReply>

const describeAccess = (route: RouteDefinition): string =>
  route.access === 'public'
    ? 'No sign-in needed.'
    : route.access === 'authenticated'
      ? 'Any signed-in staff member.'
      : `Roles: ${route.access.join(', ')}.`

/**
 * Registers a route from its contract: validation, serialisation, the OpenAPI operation and the access
 * rule all come from the one definition in @onestop/contracts.
 */
export function contractRoute<R extends RouteDefinition>(
  app: FastifyInstance,
  route: R,
  handler: ContractHandler<R>,
  config: Pick<FastifyContextConfig, 'rateLimit'> = {},
) {
  app.route({
    method: route.method,
    url: route.path,
    schema: {
      operationId: route.operationId,
      summary: route.summary,
      description: [route.description, `**Access:** ${describeAccess(route)}`].filter(Boolean).join('\n\n'),
      tags: [...route.tags],
      security: route.access === 'public' ? [] : [{ bearerAuth: [] }],
      ...(route.params ? { params: route.params } : {}),
      ...(route.querystring ? { querystring: route.querystring } : {}),
      ...(route.headers ? { headers: route.headers } : {}),
      ...(route.body ? { body: route.body } : {}),
      response: route.response,
      'x-problem-types': route.problems ?? [],
    },
    config: {
      ...config,
      access: route.access,
      allowDuringMfaSetup: route.allowDuringMfaSetup ?? false,
      problemTypes: routeProblemTypes(route),
    },
    handler: (request: FastifyRequest, reply: FastifyReply) => {
      const run = handler as RouteHandler
      return request.actor ? inRequestScope(app, request, reply, run) : run(request, reply)
    },
  })
}
