import type { EndPartnershipBody, Partnership, ProposePartnershipBody } from '@onestop/contracts'
import { and, eq, inArray, isNull, or } from 'drizzle-orm'
import type { Static } from 'typebox'
import { organisations, partnershipServices, partnerships, services } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { EXCLUSION_VIOLATION, sqlState } from '../../lib/db-errors.js'
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { partnershipsWhere } from './view.js'

/** Row-level security shows a partnership only to its two organisations. */
export const listPartnerships = (ctx: SignedInContext) => partnershipsWhere(ctx.db, undefined)

export async function getPartnership(ctx: SignedInContext, partnershipId: string): Promise<Partnership> {
  const [found] = await partnershipsWhere(ctx.db, eq(partnerships.id, partnershipId))
  if (!found) throw new NotFoundError('partnership', partnershipId)
  return found
}

export async function proposePartnership(
  ctx: SignedInContext,
  body: Static<typeof ProposePartnershipBody>,
): Promise<Partnership> {
  const own = ctx.actor.organisationId
  if (body.partnerOrganisationId === own)
    throw new BadRequestError('A partnership is between two different organisations.', [
      { pointer: '/partnerOrganisationId', code: 'same-organisation' },
    ])
  if (body.endsOn !== undefined && body.endsOn < body.startsOn)
    throw new BadRequestError('The partnership must end on or after its first day.', [
      { pointer: '/endsOn', code: 'end-before-first-day', params: { start: 'startsOn' } },
    ])
  const agreementReference = body.agreementReference.trim()
  const [partner] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, body.partnerOrganisationId))
  if (!partner) throw new NotFoundError('organisation', body.partnerOrganisationId)
  const ownServices = body.serviceIds.length
    ? await ctx.db
        .select({ id: services.id })
        .from(services)
        .where(and(inArray(services.id, body.serviceIds), eq(services.organisationId, own)))
    : []
  const known = new Set(ownServices.map((s) => s.id))
  const unknown = body.serviceIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ pointer: `/serviceIds/${index}`, code: 'unknown-service' as const }],
  )
  if (unknown.length) throw new BadRequestError('Some services are not in your catalogue.', unknown)

  const id = await ctx.db
    .transaction(async (tx) => {
      const [created] = await tx
        .insert(partnerships)
        .values({
          organisationId: own,
          partnerOrganisationId: body.partnerOrganisationId,
          agreementReference,
          startsOn: body.startsOn,
          endsOn: body.endsOn ?? null,
          proposedById: ctx.actor.id,
        })
        .returning({ id: partnerships.id })
      if (!created) throw new Error('partnership insert returned nothing')
      if (body.serviceIds.length)
        await tx
          .insert(partnershipServices)
          .values(body.serviceIds.map((serviceId) => ({ partnershipId: created.id, serviceId })))
      await audit(
        ctx,
        {
          action: 'partnership.propose',
          entityType: 'partnership',
          entityId: created.id,
          details: { partnerOrganisationId: body.partnerOrganisationId, serviceIds: body.serviceIds },
        },
        tx,
      )
      return created.id
    })
    .catch((error: unknown) => {
      throw sqlState(error) === EXCLUSION_VIOLATION
        ? new ConflictError(
            'These two organisations already have a partnership, proposed or agreed, covering some of the same days. End it first or choose other dates.',
            'partnership-overlaps',
          )
        : error
    })
  return getPartnership(ctx, id)
}

export async function acceptPartnership(ctx: SignedInContext, partnershipId: string): Promise<Partnership> {
  const before = await getPartnership(ctx, partnershipId)
  if (before.partnerOrganisation.id !== ctx.actor.organisationId)
    throw new ForbiddenError("Only the partner organisation's admin accepts a partnership.")
  const [accepted] = await ctx.db
    .update(partnerships)
    .set({ acceptedById: ctx.actor.id, acceptedAt: new Date() })
    .where(
      and(eq(partnerships.id, partnershipId), isNull(partnerships.acceptedAt), isNull(partnerships.endedAt)),
    )
    .returning({ id: partnerships.id })
  if (!accepted)
    throw new ConflictError(
      `This partnership is ${before.status}; only a proposed one is accepted.`,
      'partnership-not-proposed',
    )
  await audit(ctx, { action: 'partnership.accept', entityType: 'partnership', entityId: partnershipId })
  return getPartnership(ctx, partnershipId)
}

/** Ends it for both sides at once; row-level security stops the partner's access in the same commit. */
export async function endPartnership(
  ctx: SignedInContext,
  partnershipId: string,
  body: Static<typeof EndPartnershipBody>,
): Promise<Partnership> {
  const reason = body.reason.trim()
  const own = ctx.actor.organisationId
  const [ended] = await ctx.db
    .update(partnerships)
    .set({ endedById: ctx.actor.id, endedAt: new Date(), endReason: reason })
    .where(
      and(
        eq(partnerships.id, partnershipId),
        or(eq(partnerships.organisationId, own), eq(partnerships.partnerOrganisationId, own)),
        isNull(partnerships.endedAt),
      ),
    )
    .returning({ id: partnerships.id })
  if (!ended) {
    await getPartnership(ctx, partnershipId)
    throw new ConflictError('This partnership has ended already.', 'partnership-ended')
  }
  await audit(ctx, {
    action: 'partnership.end',
    entityType: 'partnership',
    entityId: partnershipId,
    details: { reason },
  })
  return getPartnership(ctx, partnershipId)
}
