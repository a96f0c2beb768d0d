import type { Referral } from '@onestop/contracts'
import { asc, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { organisations, referralEvents, referrals } from '../../db/schema/index.js'
import { queryRows } from '../../lib/sql.js'

export type ReferralRow = typeof referrals.$inferSelect

const iso = (at: Date | null) => (at ? at.toISOString() : null)

export const selectReferralRows = (db: Database) =>
  db
    .select({ referral: referrals, toName: organisations.name })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.toOrganisationId))

/** Status events of the referrals, oldest first. */
export async function historyOf(db: Database, referralIds: string[]) {
  if (referralIds.length === 0) return new Map<string, Referral['history']>()
  const events = await db
    .select()
    .from(referralEvents)
    .where(inArray(referralEvents.referralId, referralIds))
    .orderBy(asc(referralEvents.occurredAt), asc(referralEvents.id))
  const byReferral = new Map<string, Referral['history']>()
  for (const event of events) {
    const list = byReferral.get(event.referralId) ?? []
    list.push({ type: event.type, occurredAt: event.occurredAt.toISOString() })
    byReferral.set(event.referralId, list)
  }
  return byReferral
}

/**
 * The referrer's view: progress, and the responsible case manager to call once accepted (read through a
 * function, the receiving organisation's staff being hidden from the referrer). Nothing of the case.
 */
export async function toReferralViews(
  db: Database,
  rows: { referral: ReferralRow; toName: string }[],
): Promise<Referral[]> {
  const ids = rows.map((r) => r.referral.id)
  const history = await historyOf(db, ids)
  const contacts = ids.length
    ? await queryRows<{ referral_id: string; name: string; email: string }>(
        db,
        sql`select referral_id, name, email from app_referral_contacts(${`{${ids.join(',')}}`}::uuid[])`,
      )
    : []
  return rows.map(({ referral: r, toName }) => {
    const contact = contacts.find((c) => c.referral_id === r.id)
    return {
      id: r.id,
      partnerReference: r.partnerReference,
      toOrganisation: { id: r.toOrganisationId, name: toName },
      status: r.status,
      urgency: r.urgency,
      receivedAt: r.receivedAt.toISOString(),
      answerDueAt: r.answerDueAt.toISOString(),
      decidedAt: iso(r.decidedAt),
      declineReason: r.declineReason,
      closedAt: iso(r.closedAt),
      contactPerson: contact ? { name: contact.name, email: contact.email } : null,
      history: history.get(r.id) ?? [],
    }
  })
}
