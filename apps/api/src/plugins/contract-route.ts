import {
  isPartnerAccess,
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

const describeAccess = ({ access }: RouteDefinition): string =>
  access === 'public'
    ? 'No sign-in needed.'
    : access === 'authenticated'
      ? 'Any signed-in staff member.'
      : isPartnerAccess(access)
        ? `A partner’s API client with the scope \`${access.partnerScope}\`; rate-limited per client (see the \`RateLimit\` headers).`
        : `Roles: ${access.join(', ')}.`

const securityOf = ({ access }: RouteDefinition) =>
  access === 'public'
    ? []
    : isPartnerAccess(access)
      ? [{ partnerClient: [access.partnerScope] }]
      : [{ bearerAuth: [] }]

/** Partner operations are limited per API client, counted once the token says which client calls. */
const partnerRateLimit = (app: FastifyInstance) => ({
  max: app.config.partners.requestsPerMinute,
  timeWindow: '1 minute',
  hook: 'preHandler' as const,
  keyGenerator: (request: FastifyRequest) => `partner-client:${request.actor?.id ?? request.ip}`,
})

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
      security: securityOf(route),
      ...(route.consumes ? { consumes: [...route.consumes] } : {}),
      ...(route.params ? { params: route.params } : {}),
      ...(route.querystring ? { querystring: route.querystring } : {}),
      ...(route.headers ? { headers: route.headers } : {}),
      ...(route.body ? { body: route.body } : {}),
      response: route.response,
      'x-problem-types': route.problems ?? [],
    },
    config: {
      ...(isPartnerAccess(route.access) ? { rateLimit: partnerRateLimit(app) } : {}),
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
