import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import { API_TAGS, PARTNER_SCOPE_DESCRIPTIONS, Problem } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** The OpenAPI document generated from the contracts, at /api/openapi.json, and the explorer at /docs. */
export const openApiPlugin = fp(
  async (app: FastifyInstance) => {
    app.addSchema(Problem)
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'One Stop API',
          version: '1.0.0',
          description:
            'The API of One Stop, the system of a complex social services centre: families and case management, services and bookings, accommodation, trainings, projects, and partner municipalities. Every error is `application/problem+json` (RFC 9457). Sign in with `POST /api/v1/auth/login` and press **Authorize** with the `accessToken`.',
          license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
          contact: { name: 'One Stop maintainers', email: 'maintainers@onestop.example' },
        },
        servers: [{ url: '/', description: 'This server' }],
        tags: API_TAGS.map((tag) => ({ ...tag })),
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'The `accessToken` from `POST /api/v1/auth/login`, valid for 15 minutes.',
            },
            partnerClient: {
              type: 'oauth2',
              description:
                'A partner’s API client: OAuth 2.0 client credentials at `POST /api/v1/auth/token` with the client id and secret an admin issued. Its token opens the partner operations its scopes allow, and nothing else.',
              flows: {
                clientCredentials: {
                  tokenUrl: '/api/v1/auth/token',
                  scopes: PARTNER_SCOPE_DESCRIPTIONS,
                },
              },
            },
          },
        },
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    })
    app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
      app.swagger(),
    )
    await app.register(fastifySwaggerUi, {
      routePrefix: '/docs',
      uiConfig: {
        persistAuthorization: true,
        deepLinking: true,
        displayOperationId: true,
        tryItOutEnabled: true,
      },
      staticCSP: true,
    })
  },
  { name: 'openapi' },
)
