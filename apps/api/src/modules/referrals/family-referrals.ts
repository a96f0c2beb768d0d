import { type CreateFamilyReferralBody, isOverseer } from '@onestop/contracts'
import { and, desc, eq, inArray, isNull, ne } from 'drizzle-orm'
import type { Static } from 'typebox'
import { familyMemberships, organisations, persons, referrals } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { BadRequestError, ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { accessDetails, familyForActor } from '../families/access.js'
import { insertReferral } from './store.js'
import { selectReferralRows, toReferralViews } from './view.js'

/** Another organisation of this deployment that takes families in (not a municipality), or a 400/404. */
async function receivingOrganisation(ctx: SignedInContext, organisationId: string) {
  if (organisationId === ctx.actor.organisationId)
    throw new BadRequestError('A referral goes to another organisation.', [
      { pointer: '/toOrganisationId', code: 'same-organisation' },
    ])
  const [organisation] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), ne(organisations.kind, 'municipality')))
  if (!organisation) throw new NotFoundError('organisation', organisationId)
}

/**
 * Refers chosen current members of a family to another organisation: their names, birth dates, gender,
 * role and personal codes, and their contacts only when not confidential. The family's responsible case
 * manager, or a coordinator or admin, refers.
 */
export async function createFamilyReferral(
  ctx: SignedInContext,
  familyId: string,
  body: Static<typeof CreateFamilyReferralBody>,
  receivedAt: Date,
) {
  const access = await familyForActor(ctx, familyId, 'manage')
  if (!access.responsible && !isOverseer(ctx.actor))
    throw new ForbiddenError(
      "Only the family's responsible case manager, a coordinator or an admin refers it.",
    )
  await receivingOrganisation(ctx, body.toOrganisationId)
  const members = await ctx.db
    .select({ membershipId: familyMemberships.id, role: familyMemberships.role, person: persons })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(
      and(
        eq(familyMemberships.familyId, familyId),
        isNull(familyMemberships.leftAt),
        inArray(familyMemberships.id, body.memberIds),
      ),
    )
  const current = new Set(members.map((m) => m.membershipId))
  const missing = body.memberIds.findIndex((id) => !current.has(id))
  if (missing >= 0)
    throw new BadRequestError('Refer current members of the family only.', [
      { pointer: `/memberIds/${missing}`, code: 'not-a-current-member' },
    ])
  const crypto = fieldCryptoFor(ctx.config.encryptionKey)
  const chosen = body.memberIds.map((id) => members.find((m) => m.membershipId === id)).filter((m) => !!m)
  const referralId = await ctx.db.transaction(async (tx) => {
    const id = await insertReferral(
      ctx,
      tx,
      {
        fromOrganisationId: ctx.actor.organisationId,
        toOrganisationId: body.toOrganisationId,
        referredById: ctx.actor.id,
        sourceFamilyId: familyId,
        partnerReference: access.family.referenceCode,
        reason: body.reason,
        urgency: body.urgency,
        riskFactors: body.riskFactors ?? [],
        consentNote: body.consentNote,
        persons: chosen.map(({ person, role }) => ({
          givenName: person.givenName,
          familyName: person.familyName,
          birthDate: person.birthDate,
          gender: person.gender,
          role,
          personalCode: person.personalCodeEncrypted ? crypto.decrypt(person.personalCodeEncrypted) : null,
          // A hidden address must never reach another organisation.
          contacts: person.contactsConfidential ? {} : person.contacts,
        })),
      },
      receivedAt,
    )
    await audit(
      ctx,
      {
        action: 'referral.create',
        entityType: 'referral',
        entityId: id,
        details: {
          familyId,
          toOrganisationId: body.toOrganisationId,
          persons: chosen.map((m) => m.person.id),
        },
      },
      tx,
    )
    return id
  })
  const [view] = await toReferralViews(
    ctx.db,
    await selectReferralRows(ctx.db).where(eq(referrals.id, referralId)),
  )
  if (!view) throw new Error('referral not readable after insert')
  return view
}

export async function listFamilyReferrals(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const rows = await selectReferralRows(ctx.db)
    .where(
      and(eq(referrals.sourceFamilyId, familyId), eq(referrals.fromOrganisationId, ctx.actor.organisationId)),
    )
    .orderBy(desc(referrals.receivedAt), desc(referrals.id))
  await audit(ctx, {
    action: 'referral.list',
    entityType: 'family',
    entityId: familyId,
    details: { referrals: rows.map((r) => r.referral.id), ...accessDetails(access) },
  })
  return { items: await toReferralViews(ctx.db, rows) }
}
