import type { Gender, MemberRole, ReferralUrgency, RiskFactor } from '@onestop/contracts'
import type { Database } from '../../db/client.js'
import { referralEvents, referralPersons, referrals } from '../../db/schema/index.js'
import type { PersonContacts } from '../../db/schema/persons.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { assertNotInFuture } from '../../lib/dates.js'
import { assertValidPersonalCode } from '../families/personal-code.js'
import { answerDueAt } from './due.js'

export interface ReferredPerson {
  givenName: string
  familyName: string
  birthDate: string
  gender: Gender
  role: MemberRole
  personalCode?: string | null
  contacts?: PersonContacts
}

export interface NewReferral {
  fromOrganisationId: string
  toOrganisationId: string
  apiClientId?: string
  referredById?: string
  sourceFamilyId?: string
  partnerReference: string
  reason: string
  urgency: ReferralUrgency
  riskFactors: RiskFactor[]
  consentNote?: string
  persons: ReferredPerson[]
}

/** Refuses a person the family members' rules would refuse, before anything is written. */
export function assertValidPersons(persons: ReferredPerson[], pointer: string) {
  for (const [index, person] of persons.entries()) {
    assertNotInFuture(person.birthDate, `${pointer}/${index}/birthDate`, 'birth date')
    if (person.personalCode)
      assertValidPersonalCode(person.personalCode, person.birthDate, `${pointer}/${index}/personalCode`)
  }
}

/**
 * Stores a referral with its persons (personal codes encrypted and hashed as in `persons`) and its
 * `referral.received` event, in the caller's transaction.
 */
export async function insertReferral(
  ctx: SignedInContext,
  tx: Database,
  referral: NewReferral,
  receivedAt: Date,
): Promise<string> {
  const crypto = fieldCryptoFor(ctx.config.encryptionKey)
  const [row] = await tx
    .insert(referrals)
    .values({
      fromOrganisationId: referral.fromOrganisationId,
      toOrganisationId: referral.toOrganisationId,
      apiClientId: referral.apiClientId ?? null,
      referredById: referral.referredById ?? null,
      sourceFamilyId: referral.sourceFamilyId ?? null,
      partnerReference: referral.partnerReference.trim(),
      reason: referral.reason.trim(),
      urgency: referral.urgency,
      riskFactors: referral.riskFactors,
      consentConfirmed: true,
      consentNote: referral.consentNote?.trim() ?? null,
      receivedAt,
      answerDueAt: answerDueAt(receivedAt, referral.urgency),
    })
    .returning({ id: referrals.id })
  if (!row) throw new Error('referral insert returned nothing')
  await tx.insert(referralPersons).values(
    referral.persons.map((person, position) => ({
      referralId: row.id,
      position,
      givenName: person.givenName.trim(),
      familyName: person.familyName.trim(),
      birthDate: person.birthDate,
      gender: person.gender,
      role: person.role,
      personalCodeEncrypted: person.personalCode ? crypto.encrypt(person.personalCode) : null,
      personalCodeHash: person.personalCode ? crypto.lookupHash(person.personalCode) : null,
      contacts: person.contacts ?? {},
    })),
  )
  await tx
    .insert(referralEvents)
    .values({ referralId: row.id, type: 'referral.received', occurredAt: receivedAt })
  return row.id
}
