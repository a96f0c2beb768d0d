import type { Profession, Role } from '@onestop/contracts'
import type { Config } from '../config.js'
import type { Database } from '../db/client.js'

/** The signed-in staff member making a request. */
export interface Actor {
  id: string
  email: string
  name: string
  roles: Role[]
  professions: Profession[]
  organisationId: string
  sessionId: string
  scope: 'full' | 'mfa-setup'
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
