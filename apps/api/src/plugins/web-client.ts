import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

const DEFAULT_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url))
/** The build names every file under /assets by a hash of its content, so a name never changes meaning. */
const HASHED_ASSETS = 'assets'
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Serves the built staff client at `/`, with index.html for the client's own routes. The build leaves .br and
 * .gz copies beside each asset, sent as they are to a client that accepts them; index.html is asked again on
 * every load (`no-cache`) so a new release is picked up at once.
 */
export const webClientPlugin = fp(
  async (app: FastifyInstance) => {
    const root = path.resolve(app.config.webDistDir ?? DEFAULT_DIST)
    if (!existsSync(path.join(root, 'index.html'))) {
      app.log.info({ root }, 'no built web client; serving the API only')
      return
    }
    const assets = path.join(root, HASHED_ASSETS) + path.sep
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, file) => {
        response.setHeader('cache-control', file.startsWith(assets) ? IMMUTABLE : 'no-cache')
      },
    })
    app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
      const url = request.url.split('?')[0] ?? '/'
      if (url.startsWith('/api/') || url.startsWith('/docs') || path.extname(url) !== '')
        return reply.callNotFound()
      return reply.sendFile('index.html')
    })
  },
  { name: 'web-client' },
)
