import type { ListConfidentialDisclosuresQuery } from '@onestop/contracts'
import { and, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { confidentialDisclosures, persons, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js'

const reviewers = alias(users, 'reviewer')

const selectDisclosures = (ctx: SignedInContext) =>
  ctx.db
    .select({
      disclosure: confidentialDisclosures,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      userName: users.name,
      reviewerName: reviewers.name,
    })
    .from(confidentialDisclosures)
    .innerJoin(persons, eq(persons.id, confidentialDisclosures.personId))
    .innerJoin(users, eq(users.id, confidentialDisclosures.userId))
    .leftJoin(reviewers, eq(reviewers.id, confidentialDisclosures.reviewedById))

type DisclosureRow = Awaited<ReturnType<ReturnType<typeof selectDisclosures>['execute']>>[number]

const toDisclosure = ({ disclosure, personName, userName, reviewerName }: DisclosureRow) => ({
  id: disclosure.id,
  personId: disclosure.personId,
  personName,
  userId: disclosure.userId,
  userName,
  reason: disclosure.reason,
  disclosedAt: disclosure.disclosedAt.toISOString(),
  reviewedAt: disclosure.reviewedAt?.toISOString() ?? null,
  reviewedBy: reviewerName,
  reviewNote: disclosure.reviewNote,
})

async function findDisclosure(ctx: SignedInContext, disclosureId: string) {
  const [row] = await selectDisclosures(ctx).where(
    and(
      eq(confidentialDisclosures.id, disclosureId),
      eq(confidentialDisclosures.organisationId, ctx.actor.organisationId),
    ),
  )
  if (!row) throw new NotFoundError('confidential contacts disclosure', disclosureId)
  return row
}

/** Records that the caller was shown a person's confidential contacts, for review; part of the export. */
export async function recordDisclosure(ctx: SignedInContext, tx: Database, personId: string, reason: string) {
  const [row] = await tx
    .insert(confidentialDisclosures)
    .values({ organisationId: ctx.actor.organisationId, personId, userId: ctx.actor.id, reason })
    .returning({ id: confidentialDisclosures.id })
  if (!row) throw new Error('disclosure insert returned nothing')
  return row.id
}

export async function listDisclosures(
  ctx: SignedInContext,
  query: Static<typeof ListConfidentialDisclosuresQuery>,
) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions: (SQL | undefined)[] = [
    eq(confidentialDisclosures.organisationId, ctx.actor.organisationId),
  ]
  if (query.reviewed === true) conditions.push(isNotNull(confidentialDisclosures.reviewedAt))
  if (query.reviewed === false) conditions.push(isNull(confidentialDisclosures.reviewedAt))
  conditions.push(
    pastTimeCursor(confidentialDisclosures.disclosedAt, confidentialDisclosures.id, cursor, 'desc'),
  )
  const rows = await selectDisclosures(ctx)
    .where(and(...conditions))
    .orderBy(desc(confidentialDisclosures.disclosedAt), desc(confidentialDisclosures.id))
    .limit(limit + 1)
  await audit(ctx, { action: 'confidential_disclosure.list', entityType: 'confidential_disclosure' })
  const page = pageOf(rows, limit, (row) => ({
    k: row.disclosure.disclosedAt.toISOString(),
    id: row.disclosure.id,
  }))
  return { items: page.items.map(toDisclosure), nextCursor: page.nextCursor }
}

/** Someone other than the admin who was shown the contacts says whether it was justified. */
export async function reviewDisclosure(ctx: SignedInContext, disclosureId: string, note: string) {
  const { disclosure } = await findDisclosure(ctx, disclosureId)
  if (disclosure.userId === ctx.actor.id)
    throw new ForbiddenError(
      'A disclosure is reviewed by a coordinator or another admin, not by the admin who was shown the contacts.',
    )
  await ctx.db.transaction(async (tx) => {
    const reviewed = await tx
      .update(confidentialDisclosures)
      .set({ reviewedById: ctx.actor.id, reviewedAt: sql`now()`, reviewNote: note.trim() })
      .where(and(eq(confidentialDisclosures.id, disclosureId), isNull(confidentialDisclosures.reviewedAt)))
      .returning({ id: confidentialDisclosures.id })
    if (reviewed.length === 0)
      throw new ConflictError('This disclosure was already reviewed.', 'already-reviewed')
    await audit(
      ctx,
      {
        action: 'confidential_disclosure.review',
        entityType: 'confidential_disclosure',
        entityId: disclosureId,
      },
      tx,
    )
  })
  return toDisclosure(await findDisclosure(ctx, disclosureId))
}
