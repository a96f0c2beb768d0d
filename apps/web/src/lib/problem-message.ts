import type { TFunction } from 'i18next'
import { isApiError } from './api-error'

/** Problem types with a message of their own in `errors.*`. */
export const KNOWN_PROBLEMS = new Set([
  'network',
  'validation',
  'mfa-required',
  'invalid-credentials',
  'account-locked',
  'rate-limited',
  'forbidden',
  'not-found',
  'conflict',
  'precondition-failed',
  'overloaded',
  'database-unavailable',
  'confidential-contacts',
  'handover-required',
  'referral-required',
  'partnership-overlaps',
  'partnership-not-proposed',
  'partnership-ended',
  'partnership-required',
  'partner-consent-required',
  'past-date-unconfirmed',
])

const BY_STATUS: Record<number, string> = {
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
}

/** Problem types the API names differently from the message that explains them. */
const ALIASES: Record<string, string> = { 'stale-version': 'precondition-failed' }

/** A message for an error in the reader's language; the server's detail where we have no translation. */
export const problemMessage = (error: unknown, t: TFunction): string => {
  if (!isApiError(error)) return t('errors.generic')
  const raw = error.type.replace(/^.*\/problems\//, '')
  const slug = ALIASES[raw] ?? raw
  if (KNOWN_PROBLEMS.has(slug)) {
    // A conflict's detail names what conflicts, which the generic text cannot.
    if (slug === 'conflict' && error.detail) return error.detail
    return t(`errors.${slug}`)
  }
  if (error.detail) return error.detail
  const byStatus = BY_STATUS[error.status]
  return byStatus ? t(`errors.${byStatus}`) : t('errors.generic')
}
