import type { PartnerScope, Profession, Role } from '@onestop/contracts'
import type { Config } from '../config.js'
import type { Database } from '../db/client.js'

/** A partner's API client: it acts as its municipality towards the organisation that issued it. */
export interface PartnerClient {
  /** The public `client_id`. */
  clientId: string
  scopes: PartnerScope[]
  /** The organisation that issued the client and receives its referrals. */
  organisationId: string
}

/** Who makes a request: a signed-in staff member or, with `partnerClient`, a partner's API client. */
export interface Actor {
  id: string
  email: string
  name: string
  roles: Role[]
  professions: Profession[]
  organisationId: string
  sessionId: string
  scope: 'full' | 'mfa-setup'
  partnerClient: PartnerClient | null
}

/** What a service needs to know about the request it serves; no Fastify types. */
export interface ServiceContext {
  db: Database
  config: Config
  actor: Actor | null
  ip: string
  requestId: string
  userAgent: string | undefined
}

export interface SignedInContext extends ServiceContext {
  actor: Actor
}
