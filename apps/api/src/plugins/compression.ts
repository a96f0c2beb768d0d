import fastifyCompress from '@fastify/compress'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * Compresses replies of 1 kB and more (JSON, problem+json, the web client) with brotli or gzip, whichever the
 * client accepts. Registered before any route: it attaches itself to routes as they are declared, after their
 * own onSend hooks, so a reply is compressed only once its transaction has settled.
 */
export const compressionPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 })
  },
  { name: 'compression' },
)
