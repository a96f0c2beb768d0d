import type { Role, User } from '@onestop/contracts'
import { eq, getTableColumns } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { organisations, users } from '../../db/schema/index.js'

export type UserRow = typeof users.$inferSelect & { organisationName: string }

/** Selects a user with the organisation name the API shows beside it. */
export const selectUserRows = (db: Database) =>
  db
    .select({ ...getTableColumns(users), organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))

export const requiresMfa = (roles: readonly Role[], mfaRequiredRoles: readonly Role[]): boolean =>
  roles.some((role) => mfaRequiredRoles.includes(role))

export function toUser(row: UserRow, mfaRequiredRoles: readonly Role[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    professions: row.professions,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    active: row.active,
    mfaEnabled: row.mfaSecret !== null,
    mfaRequired: requiresMfa(row.roles, mfaRequiredRoles),
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
