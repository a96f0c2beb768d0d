import type { Consent, RecordConsentBody } from '@onestop/contracts'
import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { consents, familyMemberships, persons, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ageInYears } from '../../lib/dates.js'
import { AccessEndedError, NotFoundError } from '../../lib/errors.js'
import { accessDetails, familyForActor } from './access.js'

const selectConsents = (db: Database) =>
  db
    .select({
      consent: consents,
      givenName: persons.givenName,
      familyName: persons.familyName,
      recorderName: users.name,
    })
    .from(consents)
    .innerJoin(persons, eq(persons.id, consents.personId))
    .innerJoin(users, eq(users.id, consents.recordedById))

type ConsentRow = Awaited<ReturnType<ReturnType<typeof selectConsents>['execute']>>[number]

const toConsent = ({ consent: c, givenName, familyName, recorderName }: ConsentRow): Consent => ({
  id: c.id,
  familyId: c.familyId,
  personId: c.personId,
  personName: `${givenName} ${familyName}`,
  purpose: c.purpose,
  given: c.given,
  note: c.note,
  recordedBy: { id: c.recordedById, name: recorderName },
  recordedAt: c.recordedAt.toISOString(),
})

const currentMembers = (db: Database, familyId: string) =>
  db
    .select({ personId: familyMemberships.personId, birthDate: persons.birthDate })
    .from(familyMemberships)
    .innerJoin(persons, eq(persons.id, familyMemberships.personId))
    .where(and(eq(familyMemberships.familyId, familyId), isNull(familyMemberships.leftAt)))

/** Records of this family, newest first; a consent given in another family does not count here. */
const historyOf = (db: Database, familyId: string) =>
  selectConsents(db)
    .where(eq(consents.familyId, familyId))
    .orderBy(desc(consents.recordedAt), desc(consents.id))

/** The latest record per person and purpose, of the given people, from a newest-first history. */
function latestOf<T extends { consent: { personId: string; purpose: string } }>(
  history: T[],
  people: Set<string>,
) {
  const latest = new Map<string, T>()
  for (const row of history) {
    const key = `${row.consent.personId}:${row.consent.purpose}`
    if (people.has(row.consent.personId) && !latest.has(key)) latest.set(key, row)
  }
  return [...latest.values()]
}

/**
 * Whether the family's data may go to the referring municipality: some adult member gave
 * `share_with_municipality`, and no current member's latest answer is a refusal or withdrawal.
 */
function shareAllowed(
  members: { personId: string; birthDate: string }[],
  history: { consent: { personId: string; purpose: string; given: boolean } }[],
) {
  const sharing = history.filter((row) => row.consent.purpose === 'share_with_municipality')
  const latest = latestOf(sharing, new Set(members.map((m) => m.personId)))
  if (latest.some((row) => !row.consent.given)) return false
  const adults = new Set(members.filter((m) => ageInYears(m.birthDate) >= 18).map((m) => m.personId))
  return latest.some((row) => row.consent.given && adults.has(row.consent.personId))
}

/** For referrals and webhooks: false as soon as a current member withdrew sharing with the municipality. */
export async function maySendToPartners(db: Database, familyId: string): Promise<boolean> {
  const members = await currentMembers(db, familyId)
  const history = await db
    .select({ consent: { personId: consents.personId, purpose: consents.purpose, given: consents.given } })
    .from(consents)
    .where(and(eq(consents.familyId, familyId), eq(consents.purpose, 'share_with_municipality')))
    .orderBy(desc(consents.recordedAt), desc(consents.id))
  return shareAllowed(members, history)
}

export async function recordConsent(
  ctx: SignedInContext,
  familyId: string,
  memberId: string,
  body: Static<typeof RecordConsentBody>,
) {
  await familyForActor(ctx, familyId, 'manage')
  const [member] = await ctx.db
    .select({ personId: familyMemberships.personId })
    .from(familyMemberships)
    .where(
      and(
        eq(familyMemberships.id, memberId),
        eq(familyMemberships.familyId, familyId),
        isNull(familyMemberships.leftAt),
      ),
    )
  if (!member) throw new NotFoundError('member', memberId)
  const consentId = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consents)
      .values({
        personId: member.personId,
        familyId,
        purpose: body.purpose,
        given: body.given,
        note: body.note?.trim() ?? null,
        recordedById: ctx.actor.id,
        // clock_timestamp, not now(): the latest record must sort last even within one transaction.
        recordedAt: sql`clock_timestamp()`,
      })
      .returning({ id: consents.id })
    if (!row) throw new Error('consent insert returned nothing')
    await audit(
      ctx,
      {
        action: 'consent.create',
        entityType: 'person',
        entityId: member.personId,
        details: { familyId, consentId: row.id, purpose: body.purpose, given: body.given },
      },
      tx,
    )
    return row.id
  })
  const [row] = await selectConsents(ctx.db).where(eq(consents.id, consentId))
  if (!row) throw new AccessEndedError()
  return toConsent(row)
}

export async function listConsents(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const members = await currentMembers(ctx.db, familyId)
  const history = await historyOf(ctx.db, familyId)
  await audit(ctx, {
    action: 'consent.list',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  return {
    familyId,
    current: latestOf(history, new Set(members.map((m) => m.personId))).map(toConsent),
    history: history.map(toConsent),
    maySendToPartners: shareAllowed(members, history),
  }
}
