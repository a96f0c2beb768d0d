import type { Role } from '@onestop/contracts'
import type { Config } from '../../config.js'
import { requiresMfa, toUser, type UserRow } from '../users/user-view.js'
import type { AccessTokenClaims } from './tokens.js'

/** What a route needs to answer with a Session: the claims to sign and the refresh token to set. */
export interface IssuedSession {
  claims: AccessTokenClaims
  refreshToken: string
  mfaSetupRequired: boolean
  user: ReturnType<typeof toUser>
}

export function issuedSession(
  config: Config,
  user: UserRow,
  sessionId: string,
  sessionMfaVerified: boolean,
  refreshToken: string,
): IssuedSession {
  const mfaSetupRequired = requiresMfa(user.roles as Role[], config.mfaRequiredRoles) && !sessionMfaVerified
  return {
    claims: { sub: user.id, sid: sessionId, scope: mfaSetupRequired ? 'mfa-setup' : 'full' },
    refreshToken,
    mfaSetupRequired,
    user: toUser(user, config.mfaRequiredRoles),
  }
}
