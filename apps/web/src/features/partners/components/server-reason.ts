import type { TFunction } from 'i18next'

// The delivery worker records its reasons in English; the known ones are shown in the reader's language.
const KNOWN: Record<string, string> = {
  'The subscription was disabled.': 'partners.webhooks.reasons.subscriptionDisabled',
  'The API client was revoked.': 'partners.webhooks.reasons.clientRevoked',
  'The family does not consent to sharing with the municipality.': 'partners.webhooks.reasons.noConsent',
}
const DISABLED_AFTER = /^Disabled after (\d+) failed attempts in a row\.$/

/** A reason the server wrote (why a subscription stopped, a delivery's last error), translated where known. */
export const serverReason = (reason: string, t: TFunction): string => {
  const known = KNOWN[reason]
  if (known) return t(known)
  const disabledAfter = DISABLED_AFTER.exec(reason)
  if (disabledAfter) return t('partners.webhooks.reasons.disabledAfter', { failures: disabledAfter[1] })
  return reason
}
