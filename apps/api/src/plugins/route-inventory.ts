import { allRoutes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'

/** Routes that are served but not API operations: the OpenAPI document, the explorer and the web client. */
const isInfrastructure = (url: string) => !url.startsWith('/api/') || url === '/api/openapi.json'

/**
 * Collects every route as it is registered; `assertComplete` fails start-up when a contract has no route or a
 * route has no contract, so the OpenAPI document can never drift from what the server answers.
 */
export function trackRoutes(app: FastifyInstance) {
  const registered = new Set<string>()
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS' || isInfrastructure(route.url)) continue
      registered.add(`${method} ${route.url}`)
    }
  })
  return {
    assertComplete() {
      const contracts = new Set(allRoutes.map((r) => `${r.method} ${r.path}`))
      const missing = [...contracts].filter((key) => !registered.has(key))
      const undocumented = [...registered].filter((key) => !contracts.has(key))
      if (missing.length || undocumented.length)
        throw new Error(
          `Routes and contracts disagree. Contracts without a route: ${missing.join(', ') || 'none'}. Routes without a contract: ${undocumented.join(', ') || 'none'}.`,
        )
    },
  }
}
