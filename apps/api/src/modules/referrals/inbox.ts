import type { IncomingReferral, ListIncomingReferralsQuery } from '@onestop/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { organisations, referralPersons, referrals } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { NotFoundError } from '../../lib/errors.js'
import { accessDetails, familyForActor } from '../families/access.js'
import { matchesOf } from './matches.js'
import { historyOf } from './view.js'

const iso = (at: Date | null) => (at ? at.toISOString() : null)

const selectIncoming = (db: Database) =>
  db
    .select({
      referral: referrals,
      fromName: organisations.name,
      overdue: sql<boolean>`(${referrals.status} = 'received' and ${referrals.answerDueAt} < now())`,
      personCount: sql<number>`(select count(*)::int from referral_persons p where p.referral_id = ${referrals.id})`,
    })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.fromOrganisationId))

type IncomingRow = Awaited<ReturnType<ReturnType<typeof selectIncoming>['execute']>>[number]

const toSummary = ({ referral: r, fromName, overdue, personCount }: IncomingRow) => ({
  id: r.id,
  fromOrganisation: { id: r.fromOrganisationId, name: fromName },
  partnerReference: r.partnerReference,
  reason: r.reason,
  urgency: r.urgency,
  riskFactors: r.riskFactors,
  status: r.status,
  receivedAt: r.receivedAt.toISOString(),
  answerDueAt: r.answerDueAt.toISOString(),
  overdue,
  personCount,
})

const toOwnOrganisation = (ctx: SignedInContext) => eq(referrals.toOrganisationId, ctx.actor.organisationId)

export async function listIncomingReferrals(
  ctx: SignedInContext,
  query: Static<typeof ListIncomingReferralsQuery>,
) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const rows = await selectIncoming(ctx.db)
    .where(
      and(
        toOwnOrganisation(ctx),
        eq(referrals.status, query.status ?? 'received'),
        query.urgency ? eq(referrals.urgency, query.urgency) : undefined,
        pastTimeCursor(referrals.answerDueAt, referrals.id, cursor, 'asc'),
      ),
    )
    .orderBy(asc(referrals.answerDueAt), asc(referrals.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({
    k: row.referral.answerDueAt.toISOString(),
    id: row.referral.id,
  }))
  await audit(ctx, {
    action: 'incoming-referral.list',
    entityType: 'referral',
    details: { referrals: page.items.map((row) => row.referral.id) },
  })
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor }
}

/** A referral to the caller's organisation, or 404; locked against a concurrent decision when `lock`. */
export async function incomingReferralRow(
  ctx: SignedInContext,
  referralId: string,
  db: Database = ctx.db,
  lock = false,
) {
  const query = db
    .select()
    .from(referrals)
    .where(and(toOwnOrganisation(ctx), eq(referrals.id, referralId)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw new NotFoundError('referral', referralId)
  return row
}

/** The referred persons as the referrer described them, personal codes decrypted. */
export async function referredPersons(ctx: SignedInContext, referralId: string, db: Database = ctx.db) {
  const crypto = fieldCryptoFor(ctx.config.encryptionKey)
  const rows = await db
    .select()
    .from(referralPersons)
    .where(eq(referralPersons.referralId, referralId))
    .orderBy(asc(referralPersons.position))
  return rows.map((p) => ({
    id: p.id,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    gender: p.gender,
    role: p.role,
    personalCode: p.personalCodeEncrypted ? crypto.decrypt(p.personalCodeEncrypted) : null,
    personalCodeHash: p.personalCodeHash,
    contacts: p.contacts,
  }))
}

/** The inbox's view of one referral, with its persons and the organisation's matching families. */
export async function loadIncomingReferral(
  ctx: SignedInContext,
  referralId: string,
  db: Database = ctx.db,
): Promise<IncomingReferral> {
  const [row] = await selectIncoming(db).where(and(toOwnOrganisation(ctx), eq(referrals.id, referralId)))
  if (!row) throw new NotFoundError('referral', referralId)
  const persons = await referredPersons(ctx, referralId, db)
  const history = await historyOf(db, [referralId])
  const r = row.referral
  return {
    ...toSummary(row),
    consentNote: r.consentNote,
    decidedAt: iso(r.decidedAt),
    declineReason: r.declineReason,
    closedAt: iso(r.closedAt),
    familyId: r.familyId,
    persons: persons.map(({ personalCodeHash: _hash, ...person }) => person),
    matches: await matchesOf(db, ctx.actor.organisationId, referralId),
    history: history.get(referralId) ?? [],
  }
}

export async function getIncomingReferral(ctx: SignedInContext, referralId: string) {
  const view = await loadIncomingReferral(ctx, referralId)
  await audit(ctx, {
    action: 'incoming-referral.read',
    entityType: 'referral',
    entityId: referralId,
    details: { personalCodesShown: view.persons.filter((p) => p.personalCode).length },
  })
  return view
}

/** The referrals to the caller's organisation that were accepted into a family the caller may read. */
export async function listFamilyReceivedReferrals(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const rows = await selectIncoming(ctx.db)
    .where(and(toOwnOrganisation(ctx), eq(referrals.familyId, familyId)))
    .orderBy(asc(referrals.receivedAt), asc(referrals.id))
  await audit(ctx, {
    action: 'incoming-referral.list',
    entityType: 'family',
    entityId: familyId,
    details: { referrals: rows.map((row) => row.referral.id), ...accessDetails(access) },
  })
  return { items: rows.map(toSummary) }
}
