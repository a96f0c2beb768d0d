import {
  type AcceptReferralBody,
  type DeclineReferralBody,
  isMunicipality,
  type NewMemberBody,
} from '@onestop/contracts'
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import {
  consents,
  families,
  familyMemberships,
  organisations,
  persons,
  referralEvents,
  referrals,
} from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ageInYears, todayInVilnius } from '../../lib/dates.js'
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.js'
import { familyForActor } from '../families/access.js'
import { intakeFamily } from '../families/families.js'
import { insertMember } from '../families/members.js'
import { incomingReferralRow, loadIncomingReferral, referredPersons } from './inbox.js'

type ReferralRow = typeof referrals.$inferSelect
type Person = Awaited<ReturnType<typeof referredPersons>>[number]

/** Locks the referral against a concurrent decision and refuses one already decided. */
async function pendingReferral(ctx: SignedInContext, tx: Database, referralId: string) {
  const referral = await incomingReferralRow(ctx, referralId, tx, true)
  if (referral.status !== 'received')
    throw new ConflictError(
      `This referral was already ${referral.status === 'declined' ? 'declined' : 'accepted'}; it is decided once.`,
      'referral-not-pending',
    )
  return referral
}

const asMember = (person: Person): Static<typeof NewMemberBody> => ({
  givenName: person.givenName,
  familyName: person.familyName,
  birthDate: person.birthDate,
  gender: person.gender,
  role: person.role,
  ...(person.personalCode ? { personalCode: person.personalCode } : {}),
  contacts: person.contacts,
})

/** A new family of the caller's organisation taken in through the families' intake, with the persons. */
async function intoNewFamily(
  ctx: SignedInContext,
  referral: ReferralRow,
  people: Person[],
  caseManagerId: string | undefined,
) {
  const [from] = await ctx.db
    .select({ kind: organisations.kind, municipality: organisations.municipality })
    .from(organisations)
    .where(eq(organisations.id, referral.fromOrganisationId))
  if (!from) throw new Error('referring organisation missing')
  const family = await intakeFamily(ctx, {
    municipality: from.municipality,
    ...(isMunicipality(from.municipality) ? {} : { municipalityOther: true }),
    referralSource: from.kind === 'municipality' ? 'child_rights_service' : 'partner_organisation',
    referredAt: todayInVilnius(referral.receivedAt),
    violenceOrDangerReported: referral.riskFactors.includes('abuse_and_violence'),
    riskFactors: referral.riskFactors,
    ...(caseManagerId ? { caseManagerId } : {}),
    members: people.map(asMember),
  })
  const members = await ctx.db
    .select({ personId: familyMemberships.personId })
    .from(familyMemberships)
    .where(and(eq(familyMemberships.familyId, family.id), isNull(familyMemberships.leftAt)))
  return { familyId: family.id, personIds: members.map((m) => m.personId) }
}

/**
 * Adds the persons to a family of the caller's organisation they may manage; a person already a current
 * member by personal code is not added again. The referral's risk factors join the family's.
 */
async function intoExistingFamily(ctx: SignedInContext, familyId: string, people: Person[]) {
  const { family } = await familyForActor(ctx, familyId, 'manage')
  if (family.organisationId !== ctx.actor.organisationId) throw new NotFoundError('family', familyId)
  const current = await ctx.db
    .select({ personId: persons.id, hash: persons.personalCodeHash })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(and(eq(familyMemberships.familyId, familyId), isNull(familyMemberships.leftAt)))
  const personIds: string[] = []
  for (const person of people) {
    const known = person.personalCodeHash && current.find((c) => c.hash === person.personalCodeHash)
    if (known) {
      personIds.push(known.personId)
      continue
    }
    const membershipId = await insertMember(ctx, ctx.db, family, asMember(person))
    const [added] = await ctx.db
      .select({ personId: familyMemberships.personId })
      .from(familyMemberships)
      .where(eq(familyMemberships.id, membershipId))
    if (added) personIds.push(added.personId)
  }
  return { familyId, personIds, riskFactors: family.riskFactors }
}

/** The adults' consent to sharing with the referring municipality, as the referral confirmed it. */
async function recordMunicipalityConsent(
  ctx: SignedInContext,
  referral: ReferralRow,
  familyId: string,
  personIds: string[],
) {
  if (personIds.length === 0) return
  const adults = await ctx.db
    .select({ id: persons.id, birthDate: persons.birthDate })
    .from(persons)
    .where(inArray(persons.id, personIds))
  const note = `Confirmed by the referral ${referral.partnerReference}.`
  for (const adult of adults.filter((p) => ageInYears(p.birthDate) >= 18))
    await ctx.db.insert(consents).values({
      personId: adult.id,
      familyId,
      purpose: 'share_with_municipality',
      given: true,
      note,
      recordedById: ctx.actor.id,
      recordedAt: sql`clock_timestamp()`,
    })
}

/**
 * Accepts a referral into a new family (taken in as intake does) or an existing one, in one transaction
 * with its status and event; a concurrent second decision waits for the row lock and is refused.
 */
export async function acceptReferral(
  ctx: SignedInContext,
  referralId: string,
  body: Static<typeof AcceptReferralBody>,
) {
  if (body.familyId && body.caseManagerId)
    throw new BadRequestError(
      'caseManagerId goes only with a new family; the existing family keeps its own.',
      [{ pointer: '/caseManagerId', code: 'not-allowed' }],
    )
  await ctx.db.transaction(async (tx) => {
    const scoped: SignedInContext = { ...ctx, db: tx }
    const referral = await pendingReferral(scoped, tx, referralId)
    const [from] = await tx
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, referral.fromOrganisationId))
    const people = await referredPersons(scoped, referralId, tx)
    let familyId: string
    let personIds: string[]
    if (body.familyId) {
      const existing = await intoExistingFamily(scoped, body.familyId, people)
      familyId = existing.familyId
      personIds = existing.personIds
      const added = referral.riskFactors.filter((f) => !existing.riskFactors.includes(f))
      if (added.length)
        await tx
          .update(families)
          .set({
            riskFactors: [...existing.riskFactors, ...added],
            version: sql`${families.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(eq(families.id, familyId))
    } else {
      const created = await intoNewFamily(scoped, referral, people, body.caseManagerId)
      familyId = created.familyId
      personIds = created.personIds
    }
    if (from?.kind === 'municipality') await recordMunicipalityConsent(scoped, referral, familyId, personIds)
    await tx
      .update(referrals)
      .set({
        status: 'accepted',
        familyId,
        decidedAt: sql`now()`,
        decidedById: ctx.actor.id,
        version: sql`${referrals.version} + 1`,
      })
      .where(eq(referrals.id, referralId))
    await tx.insert(referralEvents).values({ referralId, type: 'referral.accepted' })
    await audit(
      scoped,
      {
        action: 'referral.accept',
        entityType: 'referral',
        entityId: referralId,
        details: { familyId, persons: personIds, intoExisting: Boolean(body.familyId) },
      },
      tx,
    )
  })
  return loadIncomingReferral(ctx, referralId)
}

export async function declineReferral(
  ctx: SignedInContext,
  referralId: string,
  body: Static<typeof DeclineReferralBody>,
) {
  await ctx.db.transaction(async (tx) => {
    await pendingReferral(ctx, tx, referralId)
    await tx
      .update(referrals)
      .set({
        status: 'declined',
        declineReason: body.reason.trim(),
        decidedAt: sql`now()`,
        decidedById: ctx.actor.id,
        version: sql`${referrals.version} + 1`,
      })
      .where(eq(referrals.id, referralId))
    await tx.insert(referralEvents).values({ referralId, type: 'referral.declined' })
    await audit(ctx, { action: 'referral.decline', entityType: 'referral', entityId: referralId }, tx)
  })
  return loadIncomingReferral(ctx, referralId)
}

/** When a family's case closes, the referrals accepted into it close too; in the caller's transaction. */
export async function closeReferralsOfFamily(tx: Database, familyId: string) {
  const closed = await tx
    .update(referrals)
    .set({ status: 'case_closed', closedAt: sql`now()`, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.familyId, familyId), eq(referrals.status, 'accepted')))
    .returning({ id: referrals.id })
  if (closed.length)
    await tx
      .insert(referralEvents)
      .values(closed.map(({ id }) => ({ referralId: id, type: 'case.closed' as const })))
}
