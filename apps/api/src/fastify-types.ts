import type { Access } from '@onestop/contracts'
import type { Config } from './config.js'
import type { Database } from './db/client.js'
import type { Actor, ServiceContext, SignedInContext } from './lib/context.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
    allowDuringMfaSetup?: boolean
  }
  interface FastifyInstance {
    db: Database
    config: Config
  }
  interface FastifyRequest {
    actor: Actor | null
    /** The service context of this request. */
    ctx(): ServiceContext
    /** The service context of a route that requires sign-in. */
    signedIn(): SignedInContext
  }
}
