import type {
  ConferenceParticipantInput,
  ConferenceStepInput,
  CreateConferenceBody,
  ListConferencesQuery,
  UpdateConferenceBody,
} from '@onestop/contracts'
import { and, asc, desc, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import {
  caseConferenceParticipants,
  caseConferenceSteps,
  caseConferences,
  casePlanGoals,
  families,
  familyMemberships,
  users,
} from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { BadRequestError, type InvalidField } from '../../lib/errors.js'
import { accessDetails, type FamilyRow, familyForActor, visibleFamilies } from './access.js'
import { findConference, loadConferences } from './conference-view.js'
import { assertStepDueDates } from './planned-date.js'

type ParticipantInput = Static<typeof ConferenceParticipantInput>
type StepInput = Static<typeof ConferenceStepInput>

/** Staff who may take part or be responsible: active users of the family's organisation or its case team. */
async function staffErrors(db: Database, family: FamilyRow, refs: { userId: string; pointer: string }[]) {
  if (refs.length === 0) return []
  const ids = [...new Set(refs.map((r) => r.userId))]
  const rows = await db
    .select({
      id: users.id,
      ok: sql<boolean>`${users.active} and (${users.organisationId} = ${family.organisationId} or exists(
        select 1 from case_team_members m where m.family_id = ${family.id} and m.user_id = ${users.id}
          and m.removed_at is null))`,
    })
    .from(users)
    .where(inArray(users.id, ids))
  const allowed = new Set(rows.filter((r) => r.ok).map((r) => r.id))
  return refs
    .filter((r) => !allowed.has(r.userId))
    .map((r) => ({
      pointer: r.pointer,
      code: 'not-on-case-team' as const,
    }))
}

/** Checks every participant and step refers to people and goals of this family; one 400 lists them all. */
async function assertReferences(
  db: Database,
  family: FamilyRow,
  participants: ParticipantInput[] | undefined,
  steps: StepInput[] | undefined,
) {
  const errors: InvalidField[] = []
  const staffRefs: { userId: string; pointer: string }[] = []
  const personRefs: { personId: string; pointer: string }[] = []
  const seen = new Set<string>()
  for (const [i, p] of (participants ?? []).entries()) {
    const key = p.kind === 'staff' ? `u:${p.userId}` : p.kind === 'family_member' ? `p:${p.personId}` : ''
    if (key && seen.has(key)) errors.push({ pointer: `/participants/${i}`, code: 'listed-twice' })
    seen.add(key)
    if (p.kind === 'staff') staffRefs.push({ userId: p.userId, pointer: `/participants/${i}/userId` })
    if (p.kind === 'family_member')
      personRefs.push({ personId: p.personId, pointer: `/participants/${i}/personId` })
  }
  for (const [i, step] of (steps ?? []).entries())
    if (step.responsibleId)
      staffRefs.push({ userId: step.responsibleId, pointer: `/steps/${i}/responsibleId` })
  errors.push(...(await staffErrors(db, family, staffRefs)))

  if (personRefs.length) {
    const members = await db
      .select({ personId: familyMemberships.personId })
      .from(familyMemberships)
      .where(
        and(
          eq(familyMemberships.familyId, family.id),
          isNull(familyMemberships.leftAt),
          inArray(
            familyMemberships.personId,
            personRefs.map((r) => r.personId),
          ),
        ),
      )
    const current = new Set(members.map((m) => m.personId))
    for (const ref of personRefs)
      if (!current.has(ref.personId)) errors.push({ pointer: ref.pointer, code: 'not-a-current-member' })
  }

  const goalRefs = (steps ?? []).flatMap((s, i) => (s.goalId ? [{ goalId: s.goalId, i }] : []))
  if (goalRefs.length) {
    const goals = await db
      .select({ id: casePlanGoals.id })
      .from(casePlanGoals)
      .where(
        and(
          eq(casePlanGoals.familyId, family.id),
          inArray(
            casePlanGoals.id,
            goalRefs.map((g) => g.goalId),
          ),
        ),
      )
    const ofFamily = new Set(goals.map((g) => g.id))
    for (const ref of goalRefs)
      if (!ofFamily.has(ref.goalId))
        errors.push({
          pointer: `/steps/${ref.i}/goalId`,
          code: 'not-a-family-goal',
        })
  }

  if (errors.length)
    throw new BadRequestError(
      'A participant or step refers to someone or something outside this family.',
      errors.sort((a, b) => a.pointer.localeCompare(b.pointer)),
    )
}

async function insertParticipantsAndSteps(
  tx: Database,
  conferenceId: string,
  participants: ParticipantInput[] | undefined,
  steps: StepInput[] | undefined,
) {
  if (participants?.length)
    await tx.insert(caseConferenceParticipants).values(
      participants.map((p) => ({
        conferenceId,
        kind: p.kind,
        userId: p.kind === 'staff' ? p.userId : null,
        personId: p.kind === 'family_member' ? p.personId : null,
        name: p.kind === 'external' ? p.name.trim() : null,
        organisation: p.kind === 'external' ? (p.organisation?.trim() ?? null) : null,
      })),
    )
  if (steps?.length)
    await tx.insert(caseConferenceSteps).values(
      steps.map((s) => ({
        conferenceId,
        description: s.description.trim(),
        goalId: s.goalId ?? null,
        responsibleId: s.responsibleId ?? null,
        dueOn: s.dueOn ?? null,
      })),
    )
}

export async function createConference(
  ctx: SignedInContext,
  familyId: string,
  body: Static<typeof CreateConferenceBody>,
) {
  const { family } = await familyForActor(ctx, familyId, 'manage')
  assertStepDueDates(body.steps, body.pastDateConfirmed)
  await assertReferences(ctx.db, family, body.participants, body.steps)
  const conferenceId = await ctx.db.transaction(async (tx) => {
    const [conference] = await tx
      .insert(caseConferences)
      .values({
        familyId,
        heldAt: new Date(body.heldAt),
        agenda: body.agenda.trim(),
        decisions: body.decisions?.trim() ?? null,
        recordedById: ctx.actor.id,
      })
      .returning({ id: caseConferences.id })
    if (!conference) throw new Error('conference insert returned nothing')
    await insertParticipantsAndSteps(tx, conference.id, body.participants, body.steps)
    await audit(
      ctx,
      {
        action: 'conference.create',
        entityType: 'case_conference',
        entityId: conference.id,
        details: { familyId, participants: body.participants.length, steps: body.steps?.length ?? 0 },
      },
      tx,
    )
    return conference.id
  })
  return findConference(ctx.db, familyId, conferenceId)
}

export async function listConferences(
  ctx: SignedInContext,
  familyId: string,
  query: Static<typeof ListConferencesQuery>,
) {
  const access = await familyForActor(ctx, familyId, 'read')
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const rows = await ctx.db
    .select({ id: caseConferences.id, heldAt: caseConferences.heldAt })
    .from(caseConferences)
    .where(
      and(
        eq(caseConferences.familyId, familyId),
        pastTimeCursor(caseConferences.heldAt, caseConferences.id, cursor, 'desc'),
      ),
    )
    .orderBy(desc(caseConferences.heldAt), desc(caseConferences.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.heldAt.toISOString(), id: row.id }))
  const ids = page.items.map((r) => r.id)
  await audit(ctx, {
    action: 'conference.list',
    entityType: 'family',
    entityId: familyId,
    details: { conferences: ids, ...accessDetails(access) },
  })
  return { items: await loadConferences(ctx.db, ids), nextCursor: page.nextCursor }
}

export async function getConference(ctx: SignedInContext, familyId: string, conferenceId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const conference = await findConference(ctx.db, familyId, conferenceId)
  await audit(ctx, {
    action: 'conference.read',
    entityType: 'case_conference',
    entityId: conferenceId,
    details: { familyId, ...accessDetails(access) },
  })
  return conference
}

export async function updateConference(
  ctx: SignedInContext,
  familyId: string,
  conferenceId: string,
  body: Static<typeof UpdateConferenceBody>,
) {
  const { family } = await familyForActor(ctx, familyId, 'manage')
  const current = await findConference(ctx.db, familyId, conferenceId)
  assertStepDueDates(
    body.steps,
    body.pastDateConfirmed,
    current.steps.map((step) => step.dueOn),
  )
  await assertReferences(ctx.db, family, body.participants, body.steps)
  await ctx.db.transaction(async (tx) => {
    const fields: Partial<typeof caseConferences.$inferInsert> = {}
    if (body.heldAt !== undefined) fields.heldAt = new Date(body.heldAt)
    if (body.agenda !== undefined) fields.agenda = body.agenda.trim()
    if (body.decisions !== undefined) fields.decisions = body.decisions.trim()
    if (Object.keys(fields).length)
      await tx.update(caseConferences).set(fields).where(eq(caseConferences.id, conferenceId))
    if (body.participants)
      await tx
        .delete(caseConferenceParticipants)
        .where(eq(caseConferenceParticipants.conferenceId, conferenceId))
    if (body.steps)
      await tx.delete(caseConferenceSteps).where(eq(caseConferenceSteps.conferenceId, conferenceId))
    await insertParticipantsAndSteps(tx, conferenceId, body.participants, body.steps)
    await audit(
      ctx,
      {
        action: 'conference.update',
        entityType: 'case_conference',
        entityId: conferenceId,
        details: { familyId, fields: Object.keys(body) },
      },
      tx,
    )
  })
  return findConference(ctx.db, familyId, conferenceId)
}

/** Conferences still to come in the families the caller may see, soonest first: for the home page. */
export async function listUpcomingConferences(
  ctx: SignedInContext,
  query: Static<typeof ListConferencesQuery>,
) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions: (SQL | undefined)[] = [visibleFamilies(ctx.actor), gt(caseConferences.heldAt, sql`now()`)]
  conditions.push(pastTimeCursor(caseConferences.heldAt, caseConferences.id, cursor, 'asc'))
  const rows = await ctx.db
    .select({
      id: caseConferences.id,
      familyId: caseConferences.familyId,
      familyReferenceCode: families.referenceCode,
      heldAt: caseConferences.heldAt,
      agenda: caseConferences.agenda,
    })
    .from(caseConferences)
    .innerJoin(families, eq(families.id, caseConferences.familyId))
    .where(and(...conditions))
    .orderBy(asc(caseConferences.heldAt), asc(caseConferences.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.heldAt.toISOString(), id: row.id }))
  await audit(ctx, {
    action: 'conference.list',
    entityType: 'case_conference',
    details: { upcoming: true, conferences: page.items.map((r) => r.id) },
  })
  return {
    items: page.items.map((r) => ({ ...r, heldAt: r.heldAt.toISOString() })),
    nextCursor: page.nextCursor,
  }
}
