import { randomId } from '@mantine/hooks'
import type { WorkingHours } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { isApiError } from '../../../lib/api-error'
import { fieldErrorMessage } from '../../../lib/problem-message'
import type { ReplaceWorkingHoursInput } from '../api/working-hours'

export interface HoursRow {
  /** Only for React's list keys. */
  key: string
  weekday: string
  siteId: string
  startsAt: string
  endsAt: string
  validFrom: string
  validTo: string
}

export interface HoursFormValues {
  rows: HoursRow[]
}

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const

export const hoursFormOf = (hours: WorkingHours): HoursFormValues => ({
  rows: hours.entries.map((entry) => ({
    key: entry.id,
    weekday: String(entry.weekday),
    siteId: entry.siteId,
    startsAt: entry.startsAt,
    endsAt: entry.endsAt,
    validFrom: entry.validFrom,
    validTo: entry.validTo ?? '',
  })),
})

/** A new row: the day after the last row's, at the same site and times, or a Monday 08:00–17:00 from today. */
export const nextRow = (rows: readonly HoursRow[], siteId: string, today: string): HoursRow => {
  const last = rows.at(-1)
  return {
    key: randomId(),
    weekday: last ? String((Number(last.weekday) % 7) + 1) : '1',
    siteId: last?.siteId ?? siteId,
    startsAt: last?.startsAt ?? '08:00',
    endsAt: last?.endsAt ?? '17:00',
    validFrom: last?.validFrom ?? today,
    validTo: last?.validTo ?? '',
  }
}

/** The checks the API makes on each row; overlaps between rows are left to the API, which names both. */
export const validateHours = (values: HoursFormValues, t: TFunction): Record<string, string> => {
  const errors: Record<string, string> = {}
  values.rows.forEach((row, i) => {
    for (const field of ['siteId', 'startsAt', 'endsAt', 'validFrom'] as const)
      if (!row[field]) errors[`rows.${i}.${field}`] = t('validation.required')
    if (row.startsAt && row.endsAt && row.endsAt <= row.startsAt)
      errors[`rows.${i}.endsAt`] = t('servicesAdmin.hours.errors.endsAt')
    if (row.validTo && row.validFrom && row.validTo < row.validFrom)
      errors[`rows.${i}.validTo`] = t('servicesAdmin.hours.errors.validTo')
  })
  return errors
}

export const toReplaceBody = (values: HoursFormValues): ReplaceWorkingHoursInput => ({
  entries: values.rows.map((row) => ({
    siteId: row.siteId,
    weekday: Number(row.weekday),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    validFrom: row.validFrom,
    ...(row.validTo ? { validTo: row.validTo } : {}),
  })),
})

const FIELDS = ['weekday', 'siteId', 'startsAt', 'endsAt', 'validFrom', 'validTo'] as const
type Field = (typeof FIELDS)[number]
const isField = (value: string | undefined): value is Field => FIELDS.includes(value as Field)

/**
 * The API's pointers (`/entries/2/endsAt`, or `/entries/3` for a whole row) as the form's error paths
 * (`rows.2.endsAt`, `rows.3`); null when the error names no row.
 */
export const hoursErrorsFrom = (error: unknown, t: TFunction): Record<string, string> | null => {
  if (!isApiError(error)) return null
  const errors: Record<string, string> = {}
  for (const fieldError of error.fieldErrors) {
    const [list, index, field] = fieldError.pointer.split('/').filter(Boolean)
    if (list !== 'entries' || index === undefined || !/^\d+$/.test(index)) continue
    const path = isField(field) ? `rows.${index}.${field}` : `rows.${index}`
    errors[path] ??= fieldErrorMessage(fieldError, t)
  }
  return Object.keys(errors).length > 0 ? errors : null
}
