import type { Access, ProblemType } from '@onestop/contracts'
import type { Config } from './config.js'
import type { Database } from './db/client.js'
import type { Actor, ServiceContext, SignedInContext } from './lib/context.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
    allowDuringMfaSetup?: boolean
    /** The problem types the route's contract declares; set on routes registered from a contract. */
    problemTypes?: readonly ProblemType[]
  }
  interface FastifyInstance {
    db: Database
    config: Config
  }
  interface FastifyRequest {
    actor: Actor | null
    /** The request's transaction under row-level security, while its handler runs. */
    scopedDb: Database | null
    /** Settles once that transaction has committed or rolled back; the reply waits for it. */
    scopeSettled: Promise<void> | null
    /** Tells the request's transaction that the handler has sent its reply, so it may commit. */
    replyStarted: (() => void) | null
    /** The service context of this request. */
    ctx(): ServiceContext
    /** The service context of a route that requires sign-in. */
    signedIn(): SignedInContext
  }
}
