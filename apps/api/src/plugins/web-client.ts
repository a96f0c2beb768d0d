import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

const DEFAULT_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url))

/** Serves the built staff client at `/`, with index.html for the client's own routes. */
export const webClientPlugin = fp(
  async (app: FastifyInstance) => {
    const root = path.resolve(app.config.webDistDir ?? DEFAULT_DIST)
    if (!existsSync(path.join(root, 'index.html'))) {
      app.log.info({ root }, 'no built web client; serving the API only')
      return
    }
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] })
    app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
      const url = request.url.split('?')[0] ?? '/'
      if (url.startsWith('/api/') || url.startsWith('/docs') || path.extname(url) !== '')
        return reply.callNotFound()
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    })
  },
  { name: 'web-client' },
)
