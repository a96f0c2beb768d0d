import type { Consent, Member } from '@onestop/contracts'

/**
 * Mirrors the API's rule for sharing with partner organisations, so the consents tab can say it before
 * anyone tries: some current adult member gave `share_with_partners` and no current member's latest answer
 * is no. `current` holds the latest record per current member and purpose.
 */
export const maySharePartners = (
  members: readonly Pick<Member, 'personId' | 'ageYears'>[],
  current: readonly Pick<Consent, 'personId' | 'purpose' | 'given'>[],
): boolean => {
  const memberIds = new Set(members.map((m) => m.personId))
  const adults = new Set(members.filter((m) => m.ageYears >= 18).map((m) => m.personId))
  const answers = current.filter((c) => c.purpose === 'share_with_partners' && memberIds.has(c.personId))
  if (answers.some((c) => !c.given)) return false
  return answers.some((c) => c.given && adults.has(c.personId))
}
