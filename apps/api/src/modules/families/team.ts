import type { TeamMember } from '@onestop/contracts'
import { and, eq, isNull, sql } from 'drizzle-orm'
import { caseTeamMembers, families, organisations, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { accessDetails, type FamilyAccess, familyForActor } from './access.js'
import { addToTeam, assertCaseManager } from './families.js'
import { assertMayShareWith } from './sharing.js'

async function teamOf(
  ctx: SignedInContext,
  family: { id: string; caseManagerId: string | null },
): Promise<{ items: TeamMember[] }> {
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      roles: users.roles,
      professions: users.professions,
      organisationName: organisations.name,
      addedAt: caseTeamMembers.addedAt,
    })
    .from(caseTeamMembers)
    .innerJoin(users, eq(users.id, caseTeamMembers.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(caseTeamMembers.familyId, family.id), isNull(caseTeamMembers.removedAt)))
    .orderBy(caseTeamMembers.addedAt)
  return {
    items: rows.map((r) => ({
      ...r,
      responsible: r.userId === family.caseManagerId,
      addedAt: r.addedAt.toISOString(),
    })),
  }
}

const oversees = (ctx: SignedInContext, access: FamilyAccess) =>
  access.family.organisationId === ctx.actor.organisationId &&
  ctx.actor.roles.some((r) => r === 'coordinator' || r === 'admin')

/** Changing the team is for coordinators, admins and the family's responsible case manager. */
function assertMayChangeTeam(ctx: SignedInContext, access: FamilyAccess) {
  if (!oversees(ctx, access) && !access.responsible)
    throw new ForbiddenError("Only the family's case manager or a coordinator changes its team.")
}

/**
 * The responsible case manager reads the family's confidential contacts, so the role is given, never taken:
 * by a coordinator or admin, by the responsible case manager handing over, or by the intake staff member
 * who took the family in naming its first case manager.
 */
function assertMayHandOver(ctx: SignedInContext, access: FamilyAccess, userId: string) {
  const { family } = access
  const firstByIntake =
    family.caseManagerId === null && family.intakeById === ctx.actor.id && userId !== ctx.actor.id
  if (oversees(ctx, access) || access.responsible || firstByIntake) return
  throw new ForbiddenError(
    userId === ctx.actor.id
      ? "You cannot make yourself this family's responsible case manager: a coordinator, or its current responsible case manager, hands the family over."
      : "Only a coordinator or the family's responsible case manager hands the family over to another case manager.",
    'handover-required',
  )
}

export async function getCaseTeam(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  await audit(ctx, {
    action: 'team.read',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  return teamOf(ctx, access.family)
}

export async function addTeamMember(ctx: SignedInContext, familyId: string, userId: string) {
  const access = await familyForActor(ctx, familyId, 'manage')
  assertMayChangeTeam(ctx, access)
  const [user] = await ctx.db
    .select({ id: users.id, active: users.active, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.id, userId))
  if (!user?.active) throw new NotFoundError('staff member', userId)
  if (user.organisationId !== access.family.organisationId)
    await assertMayShareWith(ctx.db, access.family, user.organisationId)
  await ctx.db.transaction(async (tx) => {
    await addToTeam(tx, familyId, userId, ctx.actor.id)
    await audit(
      ctx,
      { action: 'team.add', entityType: 'family', entityId: familyId, details: { userId } },
      tx,
    )
  })
  return teamOf(ctx, access.family)
}

export async function removeTeamMember(ctx: SignedInContext, familyId: string, userId: string) {
  const access = await familyForActor(ctx, familyId, 'manage')
  assertMayChangeTeam(ctx, access)
  if (access.family.caseManagerId === userId)
    throw new ConflictError(
      'Assign another case manager before taking the responsible one off the team.',
      'responsible-case-manager',
    )
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .update(caseTeamMembers)
      .set({ removedAt: sql`now()` })
      .where(
        and(
          eq(caseTeamMembers.familyId, familyId),
          eq(caseTeamMembers.userId, userId),
          isNull(caseTeamMembers.removedAt),
        ),
      )
      .returning({ id: caseTeamMembers.id })
    if (removed.length === 0) throw new NotFoundError('team member', userId)
    await audit(
      ctx,
      { action: 'team.remove', entityType: 'family', entityId: familyId, details: { userId } },
      tx,
    )
  })
  return teamOf(ctx, access.family)
}

export async function assignCaseManager(ctx: SignedInContext, familyId: string, userId: string) {
  const access = await familyForActor(ctx, familyId, 'manage')
  assertMayHandOver(ctx, access, userId)
  await assertCaseManager(ctx.db, access.family.organisationId, userId, '/userId')
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(families)
      .set({ caseManagerId: userId, version: sql`${families.version} + 1`, updatedAt: sql`now()` })
      .where(eq(families.id, familyId))
    await addToTeam(tx, familyId, userId, ctx.actor.id)
    await audit(
      ctx,
      {
        action: 'family.case_manager',
        entityType: 'family',
        entityId: familyId,
        details: { from: access.family.caseManagerId, to: userId },
      },
      tx,
    )
  })
  return teamOf(ctx, { id: familyId, caseManagerId: userId })
}
