import {
  type CreateCertificationBody,
  defaultValidUntil,
  type RevokeCertificationBody,
  type UpdateCertificationBody,
} from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { certifications } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { findMethodology } from '../methodologies/methodologies.js'
import { assertDates, assertSupervision, findStaff, writingCertification } from './certification-rules.js'
import { getCertification } from './certifications.js'

async function findCertification(db: Database, organisationId: string, certificationId: string) {
  const [row] = await db
    .select()
    .from(certifications)
    .where(and(eq(certifications.id, certificationId), eq(certifications.organisationId, organisationId)))
  if (!row) throw new NotFoundError('certification', certificationId)
  if (row.revokedAt)
    throw new ConflictError('The certification is revoked: it cannot be changed.', 'invalid-transition')
  return row
}

/**
 * Checks and records a certification, audited, and returns its id; `db` may be the caller's transaction, so
 * that a refusal also undoes what the caller wrote before (a training's completion).
 */
export async function recordCertification(
  ctx: SignedInContext,
  body: Static<typeof CreateCertificationBody>,
  db: Database = ctx.db,
): Promise<string> {
  const { organisationId } = ctx.actor
  const methodology = await findMethodology(db, organisationId, body.methodologyId)
  await findStaff(db, organisationId, body.userId)
  if (!methodology.active)
    throw new ConflictError(
      `${methodology.name} is retired: it takes no new certifications.`,
      'invalid-transition',
    )
  const validUntil =
    body.validUntil ?? defaultValidUntil(body.certifiedOn, methodology.certificationValidityMonths)
  assertDates(body.certifiedOn, validUntil)
  await assertSupervision(db, { ...body, organisationId })
  const created = await writingCertification(db, async (tx) => {
    const [row] = await tx
      .insert(certifications)
      .values({
        organisationId,
        userId: body.userId,
        methodologyId: body.methodologyId,
        level: body.level,
        certifiedOn: body.certifiedOn,
        validUntil,
        evidence: body.evidence?.trim() ?? null,
        supervisorId: body.supervisorId ?? null,
        createdById: ctx.actor.id,
      })
      .returning({ id: certifications.id })
    if (!row) throw new Error('certification insert returned nothing')
    return row
  })
  await audit(
    ctx,
    {
      action: 'certification.create',
      entityType: 'certification',
      entityId: created.id,
      details: {
        userId: body.userId,
        methodologyId: body.methodologyId,
        level: body.level,
        certifiedOn: body.certifiedOn,
        validUntil,
      },
    },
    db,
  )
  return created.id
}

export async function createCertification(
  ctx: SignedInContext,
  body: Static<typeof CreateCertificationBody>,
) {
  return getCertification(ctx, await recordCertification(ctx, body))
}

export async function updateCertification(
  ctx: SignedInContext,
  certificationId: string,
  expectedVersion: number,
  body: Static<typeof UpdateCertificationBody>,
) {
  const current = await findCertification(ctx.db, ctx.actor.organisationId, certificationId)
  const certifiedOn = body.certifiedOn ?? current.certifiedOn
  const validUntil = body.validUntil ?? current.validUntil
  assertDates(certifiedOn, validUntil)
  if (body.supervisorId !== undefined || body.certifiedOn !== undefined)
    await assertSupervision(ctx.db, {
      ...current,
      certifiedOn,
      supervisorId: body.supervisorId ?? current.supervisorId,
    })
  await writingCertification(ctx.db, async (tx) => {
    const [updated] = await tx
      .update(certifications)
      .set({
        certifiedOn,
        validUntil,
        supervisorId: body.supervisorId,
        ...(body.evidence !== undefined ? { evidence: body.evidence?.trim() ?? null } : {}),
        version: sql`${certifications.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(certifications.id, certificationId), eq(certifications.version, expectedVersion)))
      .returning({ id: certifications.id })
    if (!updated) throw new PreconditionFailedError('certification')
  })
  await audit(ctx, {
    action: 'certification.update',
    entityType: 'certification',
    entityId: certificationId,
    details: { fields: Object.keys(body), certifiedOn, validUntil },
  })
  return getCertification(ctx, certificationId)
}

export async function revokeCertification(
  ctx: SignedInContext,
  certificationId: string,
  expectedVersion: number,
  body: Static<typeof RevokeCertificationBody>,
) {
  await findCertification(ctx.db, ctx.actor.organisationId, certificationId)
  const [revoked] = await ctx.db
    .update(certifications)
    .set({
      revokedAt: sql`now()`,
      revokedById: ctx.actor.id,
      revocationReason: body.reason.trim(),
      version: sql`${certifications.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(certifications.id, certificationId), eq(certifications.version, expectedVersion)))
    .returning({ id: certifications.id })
  if (!revoked) throw new PreconditionFailedError('certification')
  await audit(ctx, {
    action: 'certification.revoke',
    entityType: 'certification',
    entityId: certificationId,
    details: { reason: body.reason.trim() },
  })
  return getCertification(ctx, certificationId)
}
