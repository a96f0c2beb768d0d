import { and, eq, isNull, sql } from 'drizzle-orm'
import { refreshTokens, sessions, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { ServiceContext } from '../../lib/context.js'
import { UnauthorizedError } from '../../lib/errors.js'
import { selectUserRows } from '../users/user-view.js'
import { issuedSession } from './issue-session.js'
import { endSession, issueRefreshToken } from './sessions.js'
import { hashToken } from './tokens.js'

const sessionEnded = () => new UnauthorizedError('Your session has ended. Sign in again.', 'session-ended')

/**
 * Rotates a refresh token. A token presented twice means it was copied: the whole session chain ends,
 * so whoever holds the other copy is signed out too.
 */
export async function refreshSession(ctx: ServiceContext, presented: string | undefined) {
  if (!presented) throw sessionEnded()
  const [token] = await ctx.db
    .select({
      id: refreshTokens.id,
      usedAt: refreshTokens.usedAt,
      expired: sql<boolean>`${refreshTokens.expiresAt} <= now()`,
      sessionId: sessions.id,
      userId: sessions.userId,
      mfaVerified: sessions.mfaVerified,
      revokedAt: sessions.revokedAt,
    })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, hashToken(presented)))
    .limit(1)
  if (!token || token.revokedAt || token.expired) throw sessionEnded()

  const claimed = await ctx.db
    .update(refreshTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(refreshTokens.id, token.id), isNull(refreshTokens.usedAt)))
    .returning({ id: refreshTokens.id })
  if (claimed.length === 0) {
    await endSession(ctx.db, token.sessionId, 'refresh-token-reuse')
    await audit(ctx, {
      action: 'auth.refresh',
      outcome: 'failure',
      entityType: 'session',
      entityId: token.sessionId,
      details: { reason: 'refresh token reused; session ended' },
    })
    throw sessionEnded()
  }

  const [user] = await selectUserRows(ctx.db).where(and(eq(users.id, token.userId), eq(users.active, true)))
  if (!user) throw sessionEnded()
  const refreshToken = await issueRefreshToken(ctx.db, token.sessionId, ctx.config.auth.refreshTokenDays)
  return issuedSession(ctx.config, user, token.sessionId, token.mfaVerified, refreshToken)
}

/** Ends the session the refresh token belongs to; an unknown token is already as good as signed out. */
export async function logout(ctx: ServiceContext, presented: string | undefined): Promise<void> {
  if (!presented) return
  const [token] = await ctx.db
    .select({ sessionId: refreshTokens.sessionId, userId: sessions.userId })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, hashToken(presented)))
    .limit(1)
  if (!token) return
  await endSession(ctx.db, token.sessionId, 'logout')
  await audit(ctx, {
    action: 'auth.logout',
    entityType: 'session',
    entityId: token.sessionId,
    details: { userId: token.userId },
  })
}
