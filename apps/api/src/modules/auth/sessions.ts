import { and, eq, isNull, ne, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { refreshTokens, sessions } from '../../db/schema/index.js'
import { hashToken, newOpaqueToken } from './tokens.js'

export interface NewSession {
  userId: string
  mfaVerified: boolean
  ip: string
  userAgent: string | undefined
  refreshTokenDays: number
}

export async function startSession(db: Database, s: NewSession) {
  const [session] = await db
    .insert(sessions)
    .values({ userId: s.userId, mfaVerified: s.mfaVerified, ip: s.ip, userAgent: s.userAgent ?? null })
    .returning()
  if (!session) throw new Error('session insert returned nothing')
  const refreshToken = await issueRefreshToken(db, session.id, s.refreshTokenDays)
  return { session, refreshToken }
}

export async function issueRefreshToken(db: Database, sessionId: string, days: number): Promise<string> {
  const token = newOpaqueToken()
  await db.insert(refreshTokens).values({
    sessionId,
    tokenHash: hashToken(token),
    expiresAt: sql`now() + make_interval(days => ${days})`,
  })
  return token
}

/** Ends sessions of a user; `except` keeps the caller's own. Returns how many ended. */
export async function endSessions(
  db: Database,
  userId: string,
  reason: string,
  except?: string,
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        except ? ne(sessions.id, except) : undefined,
      ),
    )
    .returning({ id: sessions.id })
  return ended.length
}

export async function endSession(db: Database, sessionId: string, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
}
