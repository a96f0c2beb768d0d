import { isOverseer, type Role } from '@onestop/contracts'
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm'
import { families } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { Actor, SignedInContext } from '../../lib/context.js'
import { ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'

export type FamilyRow = typeof families.$inferSelect

export interface FamilyAccess {
  family: FamilyRow
  /** On the case team (the responsible case manager always is). */
  onTeam: boolean
  responsible: boolean
  viaBreakGlass: boolean
  canManage: boolean
  /**
   * Staff of a partner organisation, seeing the family through a live partnership and the family's consent
   * (row-level security decides that): they read and contribute, never manage.
   */
  partner: boolean
}

const has = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role))

const teamOrGrantedFamilyIds = (actor: Actor): SQL => sql`${families.id} in (
  select family_id from case_team_members where user_id = ${actor.id} and removed_at is null
  union all
  select family_id from break_glass_grants
    where user_id = ${actor.id} and organisation_id = ${actor.organisationId} and expires_at > now()
)`

/**
 * The families a staff member may see: coordinators and admins all of their organisation's; intake staff
 * those they took in until a case manager is assigned; everyone the families whose team they are on, or
 * opened by break-glass.
 */
export function visibleFamilies(actor: Actor): SQL {
  const granted = teamOrGrantedFamilyIds(actor)
  if (isOverseer(actor)) return or(eq(families.organisationId, actor.organisationId), granted) as SQL
  if (has(actor, 'intake'))
    return or(
      and(
        eq(families.organisationId, actor.organisationId),
        eq(families.intakeById, actor.id),
        isNull(families.caseManagerId),
      ),
      granted,
    ) as SQL
  return granted
}

/**
 * Loads a family the caller may see, or answers 404 as if it did not exist. `contribute` (assessments,
 * notes) is for the case team and those who manage; `manage` (editing the family, its members, status and
 * plan) is for coordinators, admins, the responsible case manager, case managers on the team, and intake
 * staff while the family is theirs. Others who may see the family get 403.
 */
export async function familyForActor(
  ctx: SignedInContext,
  familyId: string,
  need: 'read' | 'contribute' | 'manage',
): Promise<FamilyAccess> {
  const { actor } = ctx
  const [row] = await ctx.db
    .select({
      family: families,
      onTeam: sql<boolean>`exists(select 1 from case_team_members m
        where m.family_id = ${qualified(families.id)} and m.user_id = ${actor.id} and m.removed_at is null)`,
      viaBreakGlass: sql<boolean>`exists(select 1 from break_glass_grants g
        where g.family_id = ${qualified(families.id)} and g.user_id = ${actor.id} and g.expires_at > now())`,
    })
    .from(families)
    .where(eq(families.id, familyId))
  if (!row) throw new NotFoundError('family', familyId)
  const { family, onTeam } = row
  const sameOrganisation = family.organisationId === actor.organisationId
  const overseer = sameOrganisation && isOverseer(actor)
  const intakeOwner =
    sameOrganisation &&
    has(actor, 'intake') &&
    family.intakeById === actor.id &&
    family.caseManagerId === null
  const viaBreakGlass = sameOrganisation && row.viaBreakGlass && !onTeam && !overseer && !intakeOwner
  if (!overseer && !onTeam && !intakeOwner && !viaBreakGlass) throw new NotFoundError('family', familyId)

  const partner = !sameOrganisation
  // Audit entries of this request name the family's organisation as the owner of the data they are about.
  if (partner)
    await ctx.db.execute(sql`select set_config('app.data_organisation_id', ${family.organisationId}, true)`)
  const responsible = family.caseManagerId === actor.id
  const canManage =
    !partner && (overseer || responsible || intakeOwner || (onTeam && has(actor, 'case_manager')))
  const allowed = need === 'read' || canManage || (need === 'contribute' && onTeam)
  if (!allowed) {
    await audit(ctx, {
      action: 'access.denied',
      outcome: 'denied',
      entityType: 'family',
      entityId: familyId,
      details: { reason: `may read but not ${need} this family` },
    })
    const refusal = new ForbiddenError(
      need === 'contribute'
        ? "Only the family's case team records this."
        : 'You may read this family but not change it; ask its case manager.',
    )
    refusal.audited = true
    throw refusal
  }
  return { family, onTeam, responsible, viaBreakGlass, canManage, partner }
}

/** Audit details that flag reads made under break-glass. */
export const accessDetails = (access: FamilyAccess): Record<string, unknown> =>
  access.viaBreakGlass ? { breakGlass: true } : {}
