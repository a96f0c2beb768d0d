import type { CreateReferralBody, ListReferralsQuery } from '@onestop/contracts'
import { and, desc, eq, type SQL } from 'drizzle-orm'
import type { Static } from 'typebox'
import { referrals } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { PartnerClient, SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { assertValidPersons, insertReferral } from './store.js'
import { selectReferralRows, toReferralViews } from './view.js'

function clientOf(ctx: SignedInContext): PartnerClient {
  const client = ctx.actor.partnerClient
  if (!client) throw new ForbiddenError('Only a partner’s API client refers families here.')
  return client
}

/** The caller's municipality's referrals to the centre that issued the client, and no others. */
const ownReferrals = (ctx: SignedInContext): SQL =>
  and(
    eq(referrals.fromOrganisationId, ctx.actor.organisationId),
    eq(referrals.toOrganisationId, clientOf(ctx).organisationId),
  ) as SQL

async function loadOne(ctx: SignedInContext, referralId: string) {
  const rows = await selectReferralRows(ctx.db).where(and(ownReferrals(ctx), eq(referrals.id, referralId)))
  const [view] = await toReferralViews(ctx.db, rows)
  if (!view) throw new NotFoundError('referral', referralId)
  return view
}

export async function createReferral(
  ctx: SignedInContext,
  body: Static<typeof CreateReferralBody>,
  receivedAt: Date,
) {
  const client = clientOf(ctx)
  assertValidPersons(body.members, '/members')
  const referralId = await ctx.db.transaction(async (tx) => {
    const id = await insertReferral(
      ctx,
      tx,
      {
        fromOrganisationId: ctx.actor.organisationId,
        toOrganisationId: client.organisationId,
        apiClientId: ctx.actor.id,
        partnerReference: body.partnerReference,
        reason: body.reason,
        urgency: body.urgency,
        riskFactors: body.riskFactors,
        consentNote: body.consentNote,
        persons: body.members,
      },
      receivedAt,
    )
    await audit(
      ctx,
      {
        action: 'referral.create',
        entityType: 'referral',
        entityId: id,
        details: { persons: body.members.length, urgency: body.urgency },
      },
      tx,
    )
    return id
  })
  return loadOne(ctx, referralId)
}

export async function listReferrals(ctx: SignedInContext, query: Static<typeof ListReferralsQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const rows = await selectReferralRows(ctx.db)
    .where(
      and(
        ownReferrals(ctx),
        query.status ? eq(referrals.status, query.status) : undefined,
        pastTimeCursor(referrals.receivedAt, referrals.id, cursor, 'desc'),
      ),
    )
    .orderBy(desc(referrals.receivedAt), desc(referrals.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({
    k: row.referral.receivedAt.toISOString(),
    id: row.referral.id,
  }))
  await audit(ctx, {
    action: 'referral.list',
    entityType: 'referral',
    details: { referrals: page.items.map((r) => r.referral.id) },
  })
  return { items: await toReferralViews(ctx.db, page.items), nextCursor: page.nextCursor }
}

export async function getReferral(ctx: SignedInContext, referralId: string) {
  const view = await loadOne(ctx, referralId)
  await audit(ctx, { action: 'referral.read', entityType: 'referral', entityId: referralId })
  return view
}
