import type { CreateUserBody, ListUsersQuery, UpdateUserBody } from '@onestop/contracts'
import { and, arrayContains, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { sqlState, UNIQUE_VIOLATION } from '../../lib/db-errors.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import { escapeLike } from '../../lib/sql.js'
import { clearMfa } from '../auth/own-account.js'
import { assertAcceptablePassword, hashPassword } from '../auth/passwords.js'
import { endSessions } from '../auth/sessions.js'
import { selectUserRows, toUser } from './user-view.js'

const emailTaken = (email: string) =>
  new ConflictError(`Another user already has the e-mail address ${email}.`, 'email-taken')

export async function listUsers(ctx: SignedInContext, query: Static<typeof ListUsersQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor)
  const conditions: (SQL | undefined)[] = [eq(users.organisationId, ctx.actor.organisationId)]
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)))
  }
  if (query.role) conditions.push(arrayContains(users.roles, [query.role]))
  if (query.active !== undefined) conditions.push(eq(users.active, query.active))
  if (cursor) conditions.push(sql`(${users.name}, ${users.id}) > (${cursor.k}, ${cursor.id})`)
  const rows = await selectUserRows(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit + 1)
  await audit(ctx, {
    action: 'user.list',
    entityType: 'user',
    details: { count: Math.min(rows.length, limit) },
  })
  const page = pageOf(rows, limit, (row) => ({ k: row.name, id: row.id }))
  return {
    items: page.items.map((row) => toUser(row, ctx.config.mfaRequiredRoles)),
    nextCursor: page.nextCursor,
  }
}

async function findUser(ctx: SignedInContext, userId: string) {
  const [row] = await selectUserRows(ctx.db).where(
    and(eq(users.id, userId), eq(users.organisationId, ctx.actor.organisationId)),
  )
  if (!row) throw new NotFoundError('user', userId)
  return row
}

export async function getUser(ctx: SignedInContext, userId: string) {
  const row = await findUser(ctx, userId)
  await audit(ctx, { action: 'user.read', entityType: 'user', entityId: userId })
  return toUser(row, ctx.config.mfaRequiredRoles)
}

export async function createUser(ctx: SignedInContext, input: Static<typeof CreateUserBody>) {
  assertAcceptablePassword(input.password, '/password', input.email)
  const passwordHash = await hashPassword(input.password)
  const id = await ctx.db
    .transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          organisationId: ctx.actor.organisationId,
          email: input.email.trim(),
          name: input.name.trim(),
          roles: input.roles,
          professions: input.professions ?? [],
          passwordHash,
        })
        .returning({ id: users.id })
      if (!created) throw new Error('user insert returned nothing')
      await audit(
        ctx,
        { action: 'user.create', entityType: 'user', entityId: created.id, details: { roles: input.roles } },
        tx,
      )
      return created.id
    })
    .catch((error: unknown) => {
      throw sqlState(error) === UNIQUE_VIOLATION ? emailTaken(input.email) : error
    })
  return toUser(await findUser(ctx, id), ctx.config.mfaRequiredRoles)
}

export async function updateUser(ctx: SignedInContext, userId: string, input: Static<typeof UpdateUserBody>) {
  const before = await findUser(ctx, userId)
  if (userId === ctx.actor.id && (input.active === false || (input.roles && !input.roles.includes('admin'))))
    throw new ConflictError('You cannot deactivate yourself or remove your own admin role.', 'self-lockout')
  await ctx.db
    .transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          ...(input.email !== undefined ? { email: input.email.trim() } : {}),
          ...(input.name !== undefined ? { name: input.name.trim() } : {}),
          ...(input.roles !== undefined ? { roles: input.roles } : {}),
          ...(input.professions !== undefined ? { professions: input.professions } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, userId))
      const deactivated = before.active && input.active === false
      const rolesChanged =
        input.roles !== undefined &&
        (input.roles.length !== before.roles.length || input.roles.some((r) => !before.roles.includes(r)))
      // New roles may need two-factor sign-in or lose rights: every session starts over.
      const ended =
        deactivated || rolesChanged
          ? await endSessions(tx, userId, deactivated ? 'deactivated' : 'roles-changed', ctx.actor.sessionId)
          : 0
      await audit(
        ctx,
        {
          action: deactivated ? 'user.deactivate' : 'user.update',
          entityType: 'user',
          entityId: userId,
          details: { fields: Object.keys(input), endedSessions: ended },
        },
        tx,
      )
    })
    .catch((error: unknown) => {
      throw sqlState(error) === UNIQUE_VIOLATION ? emailTaken(input.email ?? '') : error
    })
  return toUser(await findUser(ctx, userId), ctx.config.mfaRequiredRoles)
}

export async function resetUserPassword(ctx: SignedInContext, userId: string, password: string) {
  const user = await findUser(ctx, userId)
  assertAcceptablePassword(password, '/password', user.email)
  const passwordHash = await hashPassword(password)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, updatedAt: sql`now()` })
      .where(eq(users.id, userId))
    const ended = await endSessions(tx, userId, 'password-reset')
    await audit(
      ctx,
      {
        action: 'user.password.reset',
        entityType: 'user',
        entityId: userId,
        details: { endedSessions: ended },
      },
      tx,
    )
  })
}

export async function endUserSessions(ctx: SignedInContext, userId: string) {
  await findUser(ctx, userId)
  await ctx.db.transaction(async (tx) => {
    const ended = await endSessions(tx, userId, 'ended-by-admin')
    await audit(
      ctx,
      {
        action: 'user.sessions.end',
        entityType: 'user',
        entityId: userId,
        details: { endedSessions: ended },
      },
      tx,
    )
  })
}

export async function resetUserMfa(ctx: SignedInContext, userId: string) {
  await findUser(ctx, userId)
  await ctx.db.transaction(async (tx) => {
    await clearMfa(tx, userId)
    const ended = await endSessions(tx, userId, 'mfa-reset')
    await audit(
      ctx,
      { action: 'user.mfa.reset', entityType: 'user', entityId: userId, details: { endedSessions: ended } },
      tx,
    )
  })
}
