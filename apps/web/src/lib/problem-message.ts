import { isFieldErrorCode, isProblemType, type ProblemType } from '@onestop/contracts/client'
import type { TFunction } from 'i18next'
import { type FieldError, isApiError } from './api-error'
import { i18n } from './i18n'

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

/** A message for an error in the reader's language, never the server's English detail. */
export const problemMessage = (error: unknown, t: TFunction): string => {
  if (!isApiError(error)) return t('errors.generic')
  const type = problemTypeOf(error.type)
  if (type === 'network') return t('errors.network')
  if (isProblemType(type)) return t(`problems.${type}`)
  const byStatus = BY_STATUS[error.status]
  return byStatus ? t(`problems.${byStatus}`) : t('errors.generic')
}

/** A field error in the reader's language, from its code; one without a known code reads "invalid value". */
export const fieldErrorMessage = (error: FieldError, t: TFunction = i18n.t.bind(i18n)): string =>
  error.code && isFieldErrorCode(error.code)
    ? t(`fieldErrors.${error.code}`, error.params ?? {})
    : t('fieldErrors.invalid')
