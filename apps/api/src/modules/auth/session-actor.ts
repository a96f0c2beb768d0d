import { and, eq, isNull } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { sessions, users } from '../../db/schema/index.js'
import type { Actor } from '../../lib/context.js'
import type { AccessTokenClaims } from './tokens.js'

/** The actor behind an access token, or null when its user or session is no longer valid. */
export async function findSessionActor(db: Database, claims: AccessTokenClaims): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      roles: users.roles,
      professions: users.professions,
      organisationId: users.organisationId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, claims.sid),
        eq(sessions.userId, claims.sub),
        isNull(sessions.revokedAt),
        eq(users.active, true),
      ),
    )
    .limit(1)
  return row ? { ...row, sessionId: claims.sid, scope: claims.scope, partnerClient: null } : null
}
