import { PROFESSIONS, type Profession, ROLES, type Role } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { EMAIL_PATTERN as EMAIL, MIN_PASSWORD_LENGTH } from '../../../lib/validation'

export { MIN_PASSWORD_LENGTH }

export const validateEmail = (t: TFunction) => (value: string) =>
  !value.trim() ? t('validation.required') : EMAIL.test(value.trim()) ? null : t('validation.email')

export const validateName = (t: TFunction) => (value: string) =>
  value.trim() ? null : t('validation.required')

export const validatePassword = (t: TFunction) => (value: string) =>
  value.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })

export const validateRoles = (t: TFunction) => (value: string[]) =>
  value.length > 0 ? null : t('validation.rolesRequired')

export const asRoles = (values: readonly string[]): Role[] => ROLES.filter((role) => values.includes(role))

export const asProfessions = (values: readonly string[]): Profession[] =>
  PROFESSIONS.filter((profession) => values.includes(profession))
