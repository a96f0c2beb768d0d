import { and, eq, isNull, sql } from 'drizzle-orm'
import { recoveryCodes, sessions, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.js'
import { requiresMfa, selectUserRows } from '../users/user-view.js'
import { newRecoveryCodes, newTotpSecret, totpStep } from './mfa.js'
import { assertAcceptablePassword, hashPassword, verifyPassword } from './passwords.js'
import { endSessions } from './sessions.js'
import { hashToken } from './tokens.js'

async function ownUser(ctx: SignedInContext) {
  const [user] = await selectUserRows(ctx.db).where(eq(users.id, ctx.actor.id))
  if (!user) throw new NotFoundError('user', ctx.actor.id)
  return user
}

const wrongPassword = (pointer: string) =>
  new BadRequestError('The password is wrong.', [{ pointer, code: 'wrong-password' }])

export async function getOwnUser(ctx: SignedInContext) {
  return ownUser(ctx)
}

/** Changes the caller's password and ends their other sessions. */
export async function changeOwnPassword(
  ctx: SignedInContext,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await ownUser(ctx)
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw wrongPassword('/currentPassword')
  assertAcceptablePassword(input.newPassword, '/newPassword', user.email)
  const passwordHash = await hashPassword(input.newPassword)
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, user.id))
    const ended = await endSessions(tx, user.id, 'password-changed', ctx.actor.sessionId)
    await audit(
      ctx,
      {
        action: 'user.password.change',
        entityType: 'user',
        entityId: user.id,
        details: { endedSessions: ended },
      },
      tx,
    )
  })
}

export async function startMfaSetup(ctx: SignedInContext) {
  const user = await ownUser(ctx)
  if (user.mfaSecret) throw new ConflictError('Two-factor sign-in is already on.', 'mfa-already-enabled')
  const setup = newTotpSecret(user.email)
  // The secret is kept encrypted, like personal codes: a database dump must not give away second factors.
  const sealed = fieldCryptoFor(ctx.config.encryptionKey).encrypt(setup.secret)
  await ctx.db.update(users).set({ mfaPendingSecret: sealed }).where(eq(users.id, user.id))
  await audit(ctx, { action: 'user.mfa.setup', entityType: 'user', entityId: user.id })
  return setup
}

export async function enableMfa(ctx: SignedInContext, code: string) {
  const user = await ownUser(ctx)
  if (user.mfaSecret) throw new ConflictError('Two-factor sign-in is already on.', 'mfa-already-enabled')
  if (!user.mfaPendingSecret) throw new ConflictError('Start the setup first.', 'mfa-setup-not-started')
  const step = totpStep(fieldCryptoFor(ctx.config.encryptionKey).decrypt(user.mfaPendingSecret), code)
  if (step === null)
    throw new BadRequestError('The code is wrong or has expired.', [{ pointer: '/code', code: 'wrong-code' }])
  const codes = newRecoveryCodes()
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        mfaSecret: user.mfaPendingSecret,
        mfaPendingSecret: null,
        mfaLastStep: step,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, user.id))
    await tx
      .update(recoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)))
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: user.id, codeHash: hashToken(c) })))
    await tx.update(sessions).set({ mfaVerified: true }).where(eq(sessions.id, ctx.actor.sessionId))
    await audit(ctx, { action: 'user.mfa.enable', entityType: 'user', entityId: user.id }, tx)
  })
  return { recoveryCodes: codes }
}

export async function disableMfa(ctx: SignedInContext, password: string) {
  const user = await ownUser(ctx)
  if (!user.mfaSecret) throw new ConflictError('Two-factor sign-in is not on.', 'mfa-not-enabled')
  if (requiresMfa(user.roles, ctx.config.mfaRequiredRoles))
    throw new ConflictError(
      'Your role requires two-factor sign-in; it cannot be turned off.',
      'mfa-required-by-role',
    )
  if (!(await verifyPassword(user.passwordHash, password))) throw wrongPassword('/password')
  await ctx.db.transaction(async (tx) => {
    await clearMfa(tx, user.id)
    await audit(ctx, { action: 'user.mfa.disable', entityType: 'user', entityId: user.id }, tx)
  })
}

/** Removes a user's authenticator secret and recovery codes. */
export async function clearMfa(db: SignedInContext['db'], userId: string) {
  await db
    .update(users)
    .set({ mfaSecret: null, mfaPendingSecret: null, mfaLastStep: null, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
  await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
}
