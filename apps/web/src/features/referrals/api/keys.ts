import type { ReferralStatus, ReferralUrgency, RouteResult } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export interface InboxFilters {
  status: ReferralStatus
  urgency?: ReferralUrgency
}

export const referralsKeys = {
  all: ['incoming-referrals'] as const,
  list: (filters: InboxFilters) => [...referralsKeys.all, 'list', filters] as const,
  detail: (referralId: string) => [...referralsKeys.all, 'detail', referralId] as const,
  /** A family's referrals: those it was accepted from and those sent for it to other organisations. */
  received: (familyId: string) => [...referralsKeys.all, 'family', familyId, 'received'] as const,
  sent: (familyId: string) => ['sent-referrals', familyId] as const,
}

export type ReferralSummary = RouteResult<typeof routes.listIncomingReferrals>['items'][number]
export type SentReferral = RouteResult<typeof routes.listFamilyReferrals>['items'][number]
