import type { TFunction } from 'i18next'

/** The API's rules: a name of 3 to 200 characters of text, at least one scope, an overlap of 0–720 hours. */
export const MIN_NAME = 3
export const MAX_NAME = 200
export const MAX_OVERLAP_HOURS = 720
export const DEFAULT_OVERLAP_HOURS = 24

export const validateClientName = (t: TFunction) => (value: string) =>
  value.trim().length >= MIN_NAME ? null : t('partners.nameLength', { min: MIN_NAME })

export const validateScopes = (t: TFunction) => (value: readonly string[]) =>
  value.length > 0 ? null : t('partners.scopesRequired')

export const validateOverlapHours = (t: TFunction) => (value: number | string) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_OVERLAP_HOURS
    ? null
    : t('partners.overlapRange', { max: MAX_OVERLAP_HOURS })
