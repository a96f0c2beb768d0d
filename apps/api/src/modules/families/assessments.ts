import type { CreateNeedsAssessmentBody, NeedsAssessment } from '@onestop/contracts'
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { families, needsAssessmentItems, needsAssessments, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { assertNotInFuture } from '../../lib/dates.js'
import { AccessEndedError } from '../../lib/errors.js'
import { accessDetails, familyForActor } from './access.js'

async function loadAssessments(
  db: Database,
  familyId: string,
  assessmentId?: string,
): Promise<NeedsAssessment[]> {
  const rows = await db
    .select({ assessment: needsAssessments, authorName: users.name })
    .from(needsAssessments)
    .innerJoin(users, eq(users.id, needsAssessments.authorId))
    .where(
      and(
        eq(needsAssessments.familyId, familyId),
        assessmentId ? eq(needsAssessments.id, assessmentId) : undefined,
      ),
    )
    .orderBy(desc(needsAssessments.assessedOn), desc(needsAssessments.signedAt))
  const items = rows.length
    ? await db
        .select()
        .from(needsAssessmentItems)
        .where(
          inArray(
            needsAssessmentItems.assessmentId,
            rows.map((r) => r.assessment.id),
          ),
        )
        .orderBy(needsAssessmentItems.area, needsAssessmentItems.id)
    : []
  return rows.map(({ assessment, authorName }) => ({
    id: assessment.id,
    familyId: assessment.familyId,
    assessedOn: assessment.assessedOn,
    strengths: assessment.strengths,
    summary: assessment.summary,
    author: { id: assessment.authorId, name: authorName },
    signedAt: assessment.signedAt.toISOString(),
    items: items
      .filter((i) => i.assessmentId === assessment.id)
      .map((i) => ({ area: i.area, item: i.item, rating: i.rating, note: i.note })),
  }))
}

export async function createNeedsAssessment(
  ctx: SignedInContext,
  familyId: string,
  body: Static<typeof CreateNeedsAssessmentBody>,
) {
  await familyForActor(ctx, familyId, 'contribute')
  assertNotInFuture(body.assessedOn, '/assessedOn', 'assessment date')
  const id = await ctx.db.transaction(async (tx) => {
    const [assessment] = await tx
      .insert(needsAssessments)
      .values({
        familyId,
        assessedOn: body.assessedOn,
        strengths: body.strengths.trim(),
        summary: body.summary?.trim() || null,
        authorId: ctx.actor.id,
      })
      .returning({ id: needsAssessments.id })
    if (!assessment) throw new Error('assessment insert returned nothing')
    await tx.insert(needsAssessmentItems).values(
      body.items.map((item) => ({
        assessmentId: assessment.id,
        area: item.area,
        item: item.item.trim(),
        rating: item.rating,
        note: item.note?.trim() || null,
      })),
    )
    await tx
      .update(families)
      .set({ firstAssessmentAt: sql`now()` })
      .where(and(eq(families.id, familyId), isNull(families.firstAssessmentAt)))
    await audit(
      ctx,
      {
        action: 'assessment.create',
        entityType: 'needs_assessment',
        entityId: assessment.id,
        details: { familyId },
      },
      tx,
    )
    return assessment.id
  })
  const [created] = await loadAssessments(ctx.db, familyId, id)
  if (!created) throw new AccessEndedError()
  return created
}

export async function listNeedsAssessments(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const items = await loadAssessments(ctx.db, familyId)
  await audit(ctx, {
    action: 'assessment.list',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  return { items }
}
