import fastifyCors from '@fastify/cors'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyUnderPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { RETRY_AFTER_SECONDS, ServiceUnavailableError, TooManyRequestsError } from '../lib/errors.js'

/** Security headers, CORS from configuration, per-route rate limits and load shedding. */
export const protectionPlugin = fp(
  async (app: FastifyInstance) => {
    const production = app.config.env === 'production'
    await app.register(fastifyHelmet, {
      hsts: production,
      contentSecurityPolicy: {
        directives: {
          upgradeInsecureRequests: production ? [] : null,
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    })
    await app.register(fastifyCors, {
      origin: app.config.corsOrigins.length > 0 ? app.config.corsOrigins : false,
      credentials: true,
      exposedHeaders: ['location', 'etag', 'retry-after'],
    })
    await app.register(fastifyRateLimit, {
      global: false,
      // The IETF `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers.
      enableDraftSpec: true,
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.ceil(context.ttl / 1000)
        return new TooManyRequestsError(
          'rate-limited',
          `Too many requests: try again in ${seconds} s.`,
          seconds,
        )
      },
    })
    const shedding = app.config.loadShedding
    if (shedding)
      await app.register(fastifyUnderPressure, {
        maxEventLoopDelay: shedding.maxEventLoopDelayMs,
        maxEventLoopUtilization: shedding.maxEventLoopUtilization,
        sampleInterval: shedding.sampleIntervalMs,
        ...(shedding.maxHeapUsedBytes ? { maxHeapUsedBytes: shedding.maxHeapUsedBytes } : {}),
        retryAfter: RETRY_AFTER_SECONDS,
        // Thrown, not sent: under-pressure then hands the error on instead of letting the request go on to
        // the next hook (which answered 401 before the 503 was out), and the problem plugin shapes it.
        pressureHandler: async (_request, _reply, type, value) => {
          throw new ServiceUnavailableError(
            'overloaded',
            `The server is overloaded (${type} ${value}); try again in a few seconds.`,
          )
        },
      })
  },
  { name: 'protection' },
)
