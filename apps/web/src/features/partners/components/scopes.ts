import { PARTNER_SCOPES, type PartnerScope } from '@onestop/contracts'

/** A scope's key among the translations (a colon would read as an i18next namespace). */
export const SCOPE_KEYS: Readonly<Record<PartnerScope, string>> = {
  'referrals:write': 'referralsWrite',
  'referrals:read': 'referralsRead',
  'statistics:read': 'statisticsRead',
  'webhooks:manage': 'webhooksManage',
}

export const asScopes = (values: readonly string[]): PartnerScope[] =>
  PARTNER_SCOPES.filter((scope) => values.includes(scope))

export { PARTNER_SCOPES }
