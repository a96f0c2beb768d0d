import type { IntakeFamilyBody, UpdateFamilyBody } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Config } from '../../config.js'
import type { Database } from '../../db/client.js'
import { caseTeamMembers, families, familyStatusChanges, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { addWorkingDays, assertNotInFuture, todayInVilnius } from '../../lib/dates.js'
import { BadRequestError, NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { accessDetails, familyForActor } from './access.js'
import { loadFamilyView } from './family-view.js'
import { insertMember } from './members.js'
import { checkedMunicipality } from './municipality.js'
import { nextReferenceCode } from './reference-code.js'

/**
 * When the first assessment of a child rights service report is due; none for other referrals. The working
 * days count from the referral date; a referral taken in after its deadline has passed is due on the day
 * the family is opened, never before it, so a family is not overdue on the day it reaches the centre.
 */
export function firstAssessmentDue(
  config: Config,
  family: { referralSource: string; referredAt: string; violenceOrDangerReported: boolean },
  openedOn: string,
): string | null {
  if (family.referralSource !== 'child_rights_service') return null
  const { firstAssessmentWorkingDays, firstAssessmentWorkingDaysUrgent } = config.caseManagement
  const due = addWorkingDays(
    family.referredAt,
    family.violenceOrDangerReported ? firstAssessmentWorkingDaysUrgent : firstAssessmentWorkingDays,
  )
  return due < openedOn ? openedOn : due
}

/** A case manager of the caller's organisation, or 404. */
export async function assertCaseManager(
  db: Database,
  organisationId: string,
  userId: string,
  pointer: string,
) {
  const [user] = await db
    .select({ id: users.id, roles: users.roles, active: users.active })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
  if (!user?.active) throw new NotFoundError('staff member', userId)
  if (!user.roles.includes('case_manager'))
    throw new BadRequestError('That staff member is not a case manager.', [
      { pointer, code: 'not-a-case-manager' },
    ])
}

export async function addToTeam(tx: Database, familyId: string, userId: string, addedById: string) {
  await tx.insert(caseTeamMembers).values({ familyId, userId, addedById }).onConflictDoNothing()
}

export async function intakeFamily(ctx: SignedInContext, body: Static<typeof IntakeFamilyBody>) {
  const { actor } = ctx
  const today = todayInVilnius()
  const referredAt = body.referredAt ?? today
  assertNotInFuture(referredAt, '/referredAt', 'referral date')
  const caseManagerId = body.caseManagerId ?? (actor.roles.includes('case_manager') ? actor.id : undefined)
  if (caseManagerId) await assertCaseManager(ctx.db, actor.organisationId, caseManagerId, '/caseManagerId')
  const violenceOrDangerReported = body.violenceOrDangerReported ?? false
  const municipality = checkedMunicipality(body)

  const familyId = await ctx.db.transaction(async (tx) => {
    const referenceCode = await nextReferenceCode(tx, Number(today.slice(0, 4)))
    const [family] = await tx
      .insert(families)
      .values({
        organisationId: actor.organisationId,
        referenceCode,
        status: 'intake',
        municipality,
        referralSource: body.referralSource,
        referredAt,
        violenceOrDangerReported,
        firstAssessmentDue: firstAssessmentDue(
          ctx.config,
          {
            referralSource: body.referralSource,
            referredAt,
            violenceOrDangerReported,
          },
          today,
        ),
        riskFactors: body.riskFactors,
        recipientGroups: body.recipientGroups ?? [],
        caseManagerId: caseManagerId ?? null,
        intakeById: actor.id,
      })
      .returning({ id: families.id, organisationId: families.organisationId })
    if (!family) throw new Error('family insert returned nothing')
    await tx
      .insert(familyStatusChanges)
      .values({ familyId: family.id, fromStatus: null, toStatus: 'intake', changedById: actor.id })
    if (caseManagerId) await addToTeam(tx, family.id, caseManagerId, actor.id)
    for (const [index, member] of (body.members ?? []).entries())
      await insertMember(ctx, tx, family, member, `/members/${index}`)
    await audit(
      ctx,
      { action: 'family.create', entityType: 'family', entityId: family.id, details: { referenceCode } },
      tx,
    )
    return family.id
  })
  return loadFamilyView(ctx.db, familyId)
}

export async function getFamily(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  await audit(ctx, {
    action: 'family.read',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  return loadFamilyView(ctx.db, familyId)
}

export async function updateFamily(
  ctx: SignedInContext,
  familyId: string,
  expectedVersion: number,
  body: Static<typeof UpdateFamilyBody>,
) {
  const { family } = await familyForActor(ctx, familyId, 'manage')
  if (family.version !== expectedVersion) throw new PreconditionFailedError('family')
  const next = {
    referralSource: body.referralSource ?? family.referralSource,
    referredAt: body.referredAt ?? family.referredAt,
    violenceOrDangerReported: body.violenceOrDangerReported ?? family.violenceOrDangerReported,
  }
  if (body.referredAt) assertNotInFuture(body.referredAt, '/referredAt', 'referral date')
  const municipality = checkedMunicipality(body)
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(families)
      .set({
        ...(municipality !== undefined ? { municipality } : {}),
        ...(body.riskFactors !== undefined ? { riskFactors: body.riskFactors } : {}),
        ...(body.recipientGroups !== undefined ? { recipientGroups: body.recipientGroups } : {}),
        ...next,
        firstAssessmentDue: firstAssessmentDue(ctx.config, next, todayInVilnius(family.openedAt)),
        version: sql`${families.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(families.id, familyId), eq(families.version, expectedVersion)))
      .returning({ id: families.id })
    if (updated.length === 0) throw new PreconditionFailedError('family')
    await audit(
      ctx,
      {
        action: 'family.update',
        entityType: 'family',
        entityId: familyId,
        details: { fields: Object.keys(body) },
      },
      tx,
    )
  })
  return loadFamilyView(ctx.db, familyId)
}
