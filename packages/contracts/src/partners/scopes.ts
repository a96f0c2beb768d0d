/** What a partner's API client may do; an admin grants them per client, a token carries them. */
export const PARTNER_SCOPES = [
  'referrals:write',
  'referrals:read',
  'statistics:read',
  'webhooks:manage',
] as const
export type PartnerScope = (typeof PARTNER_SCOPES)[number]

export const PARTNER_SCOPE_DESCRIPTIONS: Record<PartnerScope, string> = {
  'referrals:write': 'Refer families to the centre.',
  'referrals:read': 'Follow the status of your own referrals.',
  'statistics:read': 'Read statistics that identify nobody.',
  'webhooks:manage': 'Subscribe URLs to referral and case events, and read their delivery log.',
}
