import {
  futureDateProblem,
  GENDERS,
  type Gender,
  MEMBER_ROLES,
  type MemberRole,
  personalCodeProblem,
  RECIPIENT_GROUPS,
  REFERRAL_SOURCES,
  type RecipientGroup,
  type ReferralSource,
} from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { isApiError } from '../../../lib/api-error'
import { fieldErrorMessage } from '../../../lib/problem-message'
import { EMAIL_PATTERN } from '../../../lib/validation'

export const PHONE_PATTERN = /^[0-9+()\- ]{5,40}$/
export const MIN_BREAK_GLASS_REASON = 10

export const isRecipientGroup = (value: string): value is RecipientGroup =>
  RECIPIENT_GROUPS.includes(value as RecipientGroup)
export const isReferralSource = (value: string | null): value is ReferralSource =>
  REFERRAL_SOURCES.includes(value as ReferralSource)
export const isGender = (value: string | null): value is Gender => GENDERS.includes(value as Gender)
export const isMemberRole = (value: string | null): value is MemberRole =>
  MEMBER_ROLES.includes(value as MemberRole)

export const required = (t: TFunction) => (value: unknown) =>
  (typeof value === 'string' ? value.trim() : value) ? null : t('validation.required')

/** Not empty and not after today (Vilnius), by the API's rule and in its field error's words. */
export const validatePastDate =
  (t: TFunction, optional = false) =>
  (value: string) => {
    if (!value) return optional ? null : t('validation.required')
    const problem = futureDateProblem(value)
    return problem ? t(`fieldErrors.${problem}`) : null
  }

/** Empty, or a personal code the API accepts for this birth date (checked alone until one is given). */
export const validatePersonalCode = (t: TFunction) => (value: string, birthDate: string) => {
  const problem = value.trim() ? personalCodeProblem(value.trim(), birthDate || undefined) : undefined
  return problem ? t(`fieldErrors.${problem}`) : null
}

export const validatePhone = (t: TFunction) => (value: string) =>
  !value.trim() || PHONE_PATTERN.test(value.trim()) ? null : t('families.validation.phone')

export const validateOptionalEmail = (t: TFunction) => (value: string) =>
  !value.trim() || EMAIL_PATTERN.test(value.trim()) ? null : t('validation.email')

/**
 * The server's field errors as form paths: `/members/0/contacts/phone` → `members.0.phone`
 * (contacts are flat fields in the forms).
 */
export const serverFieldErrors = (error: unknown): Record<string, string> => {
  if (!isApiError(error)) return {}
  const result: Record<string, string> = {}
  for (const fieldError of error.fieldErrors) {
    const path = fieldError.pointer
      .split('/')
      .filter(Boolean)
      .filter((part) => part !== 'contacts')
      .join('.')
    if (path && !result[path]) result[path] = fieldErrorMessage(fieldError)
  }
  return result
}

/** For a form shell: puts the server's field errors, nested paths too, on the form; returns whether any. */
export const applyFamilyFieldErrors = (
  error: unknown,
  form: { setErrors: (errors: Record<string, string>) => void },
): boolean => {
  const errors = serverFieldErrors(error)
  if (Object.keys(errors).length === 0) return false
  form.setErrors(errors)
  return true
}
