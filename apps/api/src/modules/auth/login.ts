import { setTimeout as sleep } from 'node:timers/promises'
import { and, eq, isNull, sql } from 'drizzle-orm'
import { recoveryCodes, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { ServiceContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { TooManyRequestsError, UnauthorizedError } from '../../lib/errors.js'
import { selectUserRows, type UserRow } from '../users/user-view.js'
import { issuedSession } from './issue-session.js'
import { claimTotpStep, normaliseRecoveryCode, totpStep } from './mfa.js'
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords.js'
import { startSession } from './sessions.js'
import { hashToken } from './tokens.js'
import { UnknownAddressFailures } from './unknown-address-failures.js'

export interface LoginInput {
  email: string
  password: string
  otp?: string | undefined
}

const invalidCredentials = () =>
  new UnauthorizedError('The e-mail address or password is wrong.', 'invalid-credentials')

export async function login(ctx: ServiceContext, input: LoginInput) {
  const email = input.email.trim().toLowerCase()
  const [user] = await selectUserRows(ctx.db)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1)
  const fail = (reason: string, orgId?: string) =>
    audit(ctx, {
      action: 'auth.login',
      outcome: 'failure',
      actorLabel: email,
      entityType: 'user',
      ...(user ? { entityId: user.id, organisationId: orgId ?? user.organisationId } : {}),
      details: { reason },
    })

  if (!user) {
    assertNotLocked(unknownAddresses.lockedUntil(email))
    await verifyPassword(await DUMMY_HASH_PROMISE, input.password)
    const { lockoutThreshold, lockoutMinutes } = ctx.config.auth
    const failures = unknownAddresses.record(email, lockoutThreshold, lockoutMinutes * 60_000)
    await fail('unknown-email')
    await slowDown(ctx, failures)
    throw invalidCredentials()
  }
  assertNotLocked(user.lockedUntil?.getTime() ?? null)
  const passwordOk = await verifyPassword(user.passwordHash, input.password)
  if (!passwordOk || !user.active) {
    await recordFailure(ctx, user, passwordOk ? 'inactive' : 'wrong-password', fail)
    throw invalidCredentials()
  }
  const mfaEnabled = user.mfaSecret !== null
  if (mfaEnabled) {
    if (!input.otp)
      throw new UnauthorizedError(
        'Enter the 6-digit code from your authenticator app, or a recovery code.',
        'mfa-required',
      )
    if (!(await acceptSecondFactor(ctx, user, input.otp))) {
      await recordFailure(ctx, user, 'wrong-code', fail)
      throw new UnauthorizedError('The code is wrong or has expired.', 'invalid-mfa-code')
    }
  }

  const { session, refreshToken } = await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, user.id))
    const started = await startSession(tx, {
      userId: user.id,
      mfaVerified: mfaEnabled,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      refreshTokenDays: ctx.config.auth.refreshTokenDays,
    })
    await audit(
      { ...ctx, actor: null },
      {
        action: 'auth.login',
        actorLabel: user.email,
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisationId,
        details: { sessionId: started.session.id, mfa: mfaEnabled },
      },
      tx,
    )
    return started
  })
  return issuedSession(ctx.config, user, session.id, session.mfaVerified, refreshToken)
}

const unknownAddresses = new UnknownAddressFailures()

const slowDown = (ctx: ServiceContext, failures: number) => {
  const { failureDelayMs } = ctx.config.auth
  return sleep(Math.min(failures * failureDelayMs, 5 * failureDelayMs))
}

function assertNotLocked(lockedUntil: number | null) {
  if (lockedUntil !== null && lockedUntil > Date.now()) {
    const seconds = Math.ceil((lockedUntil - Date.now()) / 1000)
    throw new TooManyRequestsError(
      'account-locked',
      `Too many failed sign-ins: this account is locked for ${Math.ceil(seconds / 60)} more minute(s).`,
      seconds,
    )
  }
}

/** Counts a failure atomically, locks the account at the threshold, and slows the answer as failures grow. */
async function recordFailure(
  ctx: ServiceContext,
  user: UserRow,
  reason: string,
  fail: (reason: string) => Promise<void>,
) {
  const { lockoutThreshold, lockoutMinutes } = ctx.config.auth
  const [updated] = await ctx.db
    .update(users)
    .set({
      failedLoginCount: sql`${users.failedLoginCount} + 1`,
      lockedUntil: sql`case when ${users.failedLoginCount} + 1 >= ${lockoutThreshold}
        then now() + make_interval(mins => ${lockoutMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, user.id))
    .returning({ failures: users.failedLoginCount })
  const failures = updated?.failures ?? 1
  await fail(failures >= lockoutThreshold ? `${reason}; account locked` : reason)
  await slowDown(ctx, failures)
}

async function acceptSecondFactor(ctx: ServiceContext, user: UserRow, otp: string): Promise<boolean> {
  const step = user.mfaSecret
    ? totpStep(fieldCryptoFor(ctx.config.encryptionKey).decrypt(user.mfaSecret), otp)
    : null
  if (step !== null) return claimTotpStep(ctx.db, user.id, step)
  const used = await ctx.db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeHash, hashToken(normaliseRecoveryCode(otp))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id })
  return used.length > 0
}
