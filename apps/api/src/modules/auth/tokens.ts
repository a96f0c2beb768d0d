import { createHash, randomBytes } from 'node:crypto'

export interface AccessTokenClaims {
  sub: string
  /** Session id: the token dies with its session. */
  sid: string
  scope: 'full' | 'mfa-setup'
}

export const REFRESH_COOKIE = 'onestop_refresh'
export const REFRESH_COOKIE_PATH = '/api/v1/auth'

export const newOpaqueToken = (): string => randomBytes(32).toString('base64url')
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')
