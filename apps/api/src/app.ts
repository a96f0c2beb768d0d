import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Config } from './config.js'
import type { DatabaseHandle } from './db/client.js'
import './fastify-types.js'
import { LOG_SERIALIZERS } from './lib/log-serializers.js'
import { accommodationRoutes } from './modules/accommodation/routes.js'
import { auditRoutes } from './modules/audit/routes.js'
import { authRoutes } from './modules/auth/routes.js'
import { availabilityRoutes } from './modules/availability/routes.js'
import { bookingsRoutes } from './modules/bookings/routes.js'
import { calendarRoutes } from './modules/calendar/routes.js'
import { catalogueRoutes } from './modules/catalogue/routes.js'
import { certificationRoutes } from './modules/certifications/routes.js'
import { deliveryRoutes } from './modules/delivery/routes.js'
import { casePlanRoutes } from './modules/families/plan-routes.js'
import { caseRecordsRoutes } from './modules/families/records-routes.js'
import { familiesRoutes } from './modules/families/routes.js'
import { groupRoutes } from './modules/groups/routes.js'
import { healthRoutes } from './modules/health/routes.js'
import { hoursRoutes } from './modules/hours/routes.js'
import { methodologyRoutes } from './modules/methodologies/routes.js'
import { organisationsRoutes } from './modules/organisations/routes.js'
import { partnerRoutes } from './modules/partners/routes.js'
import { partnershipRoutes } from './modules/partnerships/routes.js'
import { referralRoutes } from './modules/referrals/routes.js'
import { reportRoutes } from './modules/reports/routes.js'
import { servicePackageRoutes } from './modules/service-packages/routes.js'
import { sitesRoutes } from './modules/sites/routes.js'
import { statisticsRoutes } from './modules/statistics/routes.js'
import { trainingRoutes } from './modules/trainings/routes.js'
import { usersRoutes } from './modules/users/routes.js'
import { webhookRoutes } from './modules/webhooks/routes.js'
import { webhookWorkerPlugin } from './modules/webhooks/worker-plugin.js'
import { authPlugin } from './plugins/auth.js'
import { compressionPlugin } from './plugins/compression.js'
import { databasePlugin } from './plugins/database.js'
import { idempotencyPlugin } from './plugins/idempotency.js'
import { openApiPlugin } from './plugins/openapi.js'
import { answerClientError, problemJsonPlugin } from './plugins/problem-json.js'
import { protectionPlugin } from './plugins/protection.js'
import { trackRoutes } from './plugins/route-inventory.js'
import { useContractValidation } from './plugins/validation.js'
import { webClientPlugin } from './plugins/web-client.js'

export const BODY_LIMIT_BYTES = 1024 * 1024

/** Log fields never written: credentials, tokens and anything that identifies a person. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.otp',
  '*.accessToken',
  '*.refreshToken',
  '*.personalCode',
  '*.email',
  '*.phone',
  '*.address',
  '*.birthDate',
]

export interface BuildOptions {
  config: Config
  database: DatabaseHandle
  /** A pino destination for tests; defaults to stdout. */
  logStream?: NodeJS.WritableStream
}

/** Builds the whole API without listening, for the server and for tests alike. */
export async function buildApp({ config, database, logStream }: BuildOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      serializers: LOG_SERIALIZERS,
      ...(logStream ? { stream: logStream } : {}),
    },
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID()
    },
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    clientErrorHandler: answerClientError,
  })
  app.decorate('config', config)
  // The API speaks JSON only: a text/plain body is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain')
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id))
  })
  useContractValidation(app)
  const routeInventory = trackRoutes(app)

  await app.register(compressionPlugin)
  await app.register(problemJsonPlugin)
  await app.register(databasePlugin, { handle: database })
  await app.register(protectionPlugin)
  await app.register(authPlugin)
  await app.register(idempotencyPlugin)
  await app.register(openApiPlugin)

  await app.register(healthRoutes)
  await app.register(authRoutes)
  await app.register(usersRoutes)
  await app.register(organisationsRoutes)
  await app.register(partnershipRoutes)
  await app.register(partnerRoutes)
  await app.register(statisticsRoutes)
  await app.register(referralRoutes)
  await app.register(webhookRoutes)
  await app.register(auditRoutes)
  await app.register(familiesRoutes)
  await app.register(caseRecordsRoutes)
  await app.register(casePlanRoutes)
  await app.register(catalogueRoutes)
  await app.register(sitesRoutes)
  await app.register(hoursRoutes)
  await app.register(bookingsRoutes)
  await app.register(deliveryRoutes)
  await app.register(servicePackageRoutes)
  await app.register(reportRoutes)
  await app.register(availabilityRoutes)
  await app.register(calendarRoutes)
  await app.register(groupRoutes)
  await app.register(accommodationRoutes)
  await app.register(methodologyRoutes)
  await app.register(certificationRoutes)
  await app.register(trainingRoutes)

  await app.register(webClientPlugin)
  await app.register(webhookWorkerPlugin)
  await app.ready()
  routeInventory.assertComplete()
  return app
}
