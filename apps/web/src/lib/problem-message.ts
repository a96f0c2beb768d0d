import { isFieldErrorCode, isProblemType, type ProblemType } from '@onestop/contracts/client'
import type { TFunction } from 'i18next'
import { type ApiError, type FieldError, isApiError } from './api-error'
import { formatDay } from './format'
import { currentLanguage, i18n } from './i18n'

/** The catalogue type of a problem (`/problems/stale-version` → `stale-version`). */
export const problemTypeOf = (type: string): string => type.replace(/^.*\/problems\//, '')

/** For a problem from outside the catalogue, the general type of its status. */
const BY_STATUS: Readonly<Record<number, ProblemType>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'invalid-transition',
  412: 'stale-version',
  429: 'rate-limited',
  503: 'overloaded',
}

/**
 * "Ona Onaitė is not certified in SAFE on 1 Mar 2027, 8 Mar 2027.", a sentence for each person, and what to
 * do; undefined when the problem does not name them.
 */
const notCertifiedMessage = ({ methodology, uncertified }: ApiError, t: TFunction): string | undefined => {
  if (!methodology || uncertified.length === 0) return undefined
  const language = currentLanguage()
  const days = new Map<string, string[]>()
  for (const { userId, date } of uncertified)
    days.set(userId, [...(days.get(userId) ?? []), formatDay(date, language)])
  const names = new Map(uncertified.map(({ userId, name }) => [userId, name]))
  const sentences = [...days].map(([userId, dates]) =>
    t('problemDetails.notCertified', {
      name: names.get(userId),
      methodology: methodology.name,
      dates: dates.join(', '),
    }),
  )
  return [...sentences, t('problemDetails.chooseCertified')].join(' ')
}

/** A message for an error in the reader's language, never the server's English detail. */
export const problemMessage = (error: unknown, t: TFunction): string => {
  if (!isApiError(error)) return t('errors.generic')
  const type = problemTypeOf(error.type)
  if (type === 'network') return t('errors.network')
  if (type === 'facilitator-not-certified') {
    const named = notCertifiedMessage(error, t)
    if (named) return named
  }
  if (isProblemType(type)) return t(`problems.${type}`)
  const byStatus = BY_STATUS[error.status]
  return byStatus ? t(`problems.${byStatus}`) : t('errors.generic')
}

/** A field error in the reader's language, from its code; one without a known code reads "invalid value". */
export const fieldErrorMessage = (error: FieldError, t: TFunction = i18n.t.bind(i18n)): string =>
  error.code && isFieldErrorCode(error.code)
    ? t(`fieldErrors.${error.code}`, error.params ?? {})
    : t('fieldErrors.invalid')
