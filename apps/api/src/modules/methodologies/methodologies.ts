import type { CreateMethodologyBody, ListMethodologiesQuery, UpdateMethodologyBody } from '@onestop/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { methodologies } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { sqlState, UNIQUE_VIOLATION, violatedConstraint } from '../../lib/db-errors.js'
import { ConflictError, NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { addInstruments, instrumentInUse, instrumentsOf, replaceInstruments } from './instruments.js'
import { assertMethodologyBody } from './methodology-rules.js'
import { type MethodologyRow, toMethodology } from './methodology-view.js'

/**
 * Runs a write in a savepoint of its own and answers the unique name index's refusal as 409, also when a
 * concurrent write won the race to it, and so the refusal to lose a recorded score.
 */
async function withUniqueName<T>(db: Database, name: string, write: (tx: Database) => Promise<T>) {
  try {
    return await db.transaction(write)
  } catch (error) {
    if (sqlState(error) !== UNIQUE_VIOLATION || violatedConstraint(error) !== 'methodologies_org_name_key')
      throw instrumentInUse(error)
    throw new ConflictError(
      `Your organisation already has a methodology named "${name}".`,
      'methodology-name-taken',
    )
  }
}

async function withInstruments(db: Database, rows: MethodologyRow[]) {
  const instruments = await instrumentsOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((row) => toMethodology(row, instruments))
}

/** A methodology of the caller's organisation, or 404. */
export async function findMethodology(db: Database, organisationId: string, methodologyId: string) {
  const [row] = await db
    .select()
    .from(methodologies)
    .where(and(eq(methodologies.id, methodologyId), eq(methodologies.organisationId, organisationId)))
  if (!row) throw new NotFoundError('methodology', methodologyId)
  return row
}

/** A methodology a new service or group run may deliver: the organisation's, and not retired. */
export async function usableMethodology(db: Database, organisationId: string, methodologyId: string) {
  const methodology = await findMethodology(db, organisationId, methodologyId)
  if (!methodology.active)
    throw new ConflictError(
      `${methodology.name} is retired: no new services or group runs deliver it.`,
      'methodology-retired',
    )
  return methodology
}

export async function listMethodologies(ctx: SignedInContext, query: Static<typeof ListMethodologiesQuery>) {
  const rows = await ctx.db
    .select()
    .from(methodologies)
    .where(
      and(
        eq(methodologies.organisationId, ctx.actor.organisationId),
        query.active === undefined ? undefined : eq(methodologies.active, query.active),
      ),
    )
    .orderBy(asc(methodologies.name), asc(methodologies.id))
  return { items: await withInstruments(ctx.db, rows) }
}

export async function getMethodology(ctx: SignedInContext, methodologyId: string) {
  const [methodology] = await withInstruments(ctx.db, [
    await findMethodology(ctx.db, ctx.actor.organisationId, methodologyId),
  ])
  if (!methodology) throw new Error('methodology vanished')
  return methodology
}

const trimmed = (text: string | undefined) => text?.trim()

export async function createMethodology(ctx: SignedInContext, body: Static<typeof CreateMethodologyBody>) {
  assertMethodologyBody(body)
  const name = body.name.trim()
  const created = await withUniqueName(ctx.db, name, async (tx) => {
    const [row] = await tx
      .insert(methodologies)
      .values({
        organisationId: ctx.actor.organisationId,
        name,
        shortDescription: body.shortDescription.trim(),
        targetGroup: body.targetGroup.trim(),
        format: body.format,
        sessionCount: body.sessionCount,
        sessionMinutes: body.sessionMinutes ?? null,
        maxGroupSize: body.maxGroupSize ?? null,
        facilitatorsPerGroup: body.facilitatorsPerGroup,
        certificationPath: body.certificationPath.trim(),
        certificationValidityMonths: body.certificationValidityMonths,
        completionShare: body.completionShare ?? 0.75,
        enrolmentRules: body.enrolmentRules ?? {},
      })
      .returning()
    if (!row) throw new Error('methodology insert returned nothing')
    await addInstruments(tx, row.id, body.outcomeInstruments ?? [])
    return row
  })
  await audit(ctx, {
    action: 'methodology.create',
    entityType: 'methodology',
    entityId: created.id,
    details: { name: created.name },
  })
  return getMethodology(ctx, created.id)
}

export async function updateMethodology(
  ctx: SignedInContext,
  methodologyId: string,
  expectedVersion: number,
  body: Static<typeof UpdateMethodologyBody>,
) {
  assertMethodologyBody(body)
  const current = await findMethodology(ctx.db, ctx.actor.organisationId, methodologyId)
  const { outcomeInstruments, ...fields } = body
  await withUniqueName(ctx.db, trimmed(body.name) ?? current.name, async (tx) => {
    const [updated] = await tx
      .update(methodologies)
      .set({
        ...fields,
        name: trimmed(fields.name),
        shortDescription: trimmed(fields.shortDescription),
        targetGroup: trimmed(fields.targetGroup),
        certificationPath: trimmed(fields.certificationPath),
        version: sql`${methodologies.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(methodologies.id, methodologyId), eq(methodologies.version, expectedVersion)))
      .returning({ id: methodologies.id })
    if (!updated) throw new PreconditionFailedError('methodology')
    if (outcomeInstruments) await replaceInstruments(tx, methodologyId, outcomeInstruments)
  })
  await audit(ctx, {
    action: 'methodology.update',
    entityType: 'methodology',
    entityId: methodologyId,
    details: { fields: Object.keys(body) },
  })
  return getMethodology(ctx, methodologyId)
}
