import fastifyFormbody from '@fastify/formbody'
import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { forgoReplay } from '../../plugins/idempotency.js'
import {
  createApiClient,
  getApiClient,
  listPartnerMunicipalities,
  revokeApiClient,
  rotateApiClientSecret,
} from './api-clients.js'
import { basicCredentials, issueClientToken } from './token.js'

export async function partnerRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listPartnerMunicipalities, async (request) => ({
    items: await listPartnerMunicipalities(request.signedIn()),
  }))
  contractRoute(app, routes.getApiClient, async (request) =>
    getApiClient(request.signedIn(), request.params.partnerId, request.params.apiClientId),
  )
  contractRoute(app, routes.createApiClient, async (request, reply) => {
    // The secret is in the answer: it must not be kept for a replay.
    await forgoReplay(request)
    const { partnerId } = request.params
    const created = await createApiClient(request.signedIn(), partnerId, request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/partners/${partnerId}/clients/${created.client.id}`)
      .header('cache-control', 'no-store')
      .send(created)
  })
  contractRoute(app, routes.rotateApiClientSecret, async (request, reply) => {
    await forgoReplay(request)
    const { partnerId, apiClientId } = request.params
    const rotated = await rotateApiClientSecret(
      request.signedIn(),
      partnerId,
      apiClientId,
      request.body.overlapHours ?? 24,
    )
    return reply.header('cache-control', 'no-store').send(rotated)
  })
  contractRoute(app, routes.revokeApiClient, async (request) =>
    revokeApiClient(request.signedIn(), request.params.partnerId, request.params.apiClientId),
  )

  // The token endpoint alone takes an OAuth 2.0 form: the form parser lives in this context only.
  await app.register(async (tokenContext) => {
    await tokenContext.register(fastifyFormbody, { bodyLimit: 4096 })
    contractRoute(
      tokenContext,
      routes.issueClientToken,
      async (request, reply) => {
        const basic = basicCredentials(request.headers.authorization)
        const token = await issueClientToken(app, request.ctx(), {
          grantType: request.body.grant_type,
          clientId: basic?.id ?? request.body.client_id,
          clientSecret: basic?.secret ?? request.body.client_secret,
          scope: request.body.scope,
        })
        return reply.header('cache-control', 'no-store').header('pragma', 'no-cache').send(token)
      },
      { rateLimit: { max: app.config.partners.tokenRateLimitPerMinute, timeWindow: '1 minute' } },
    )
  })
}
