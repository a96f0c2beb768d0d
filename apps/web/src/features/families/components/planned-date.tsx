import { Alert, Checkbox } from '@mantine/core'
import { checkPlannedDate, plannedDateRange } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay, todayInVilnius } from '../../../lib/format'

/**
 * A planned date (a goal's target, the next review) needs the user's confirmation when it is before today
 * (Vilnius) and new: a date the record already had is not asked about again.
 */
export const needsPastConfirmation = (date: string, saved?: string) =>
  Boolean(date) && date !== saved && checkPlannedDate(date, todayInVilnius()) === 'past'

/** Required, and within the range the API accepts (the contracts' rule), naming the nearest date allowed. */
export const validatePlannedDate = (t: TFunction, language: string) => (value: string) => {
  if (!value) return t('validation.required')
  const today = todayInVilnius()
  const { earliest, latest } = plannedDateRange(today)
  const check = checkPlannedDate(value, today)
  if (check === 'too-far-back')
    return t('families.plannedDate.tooFarBack', { date: formatDay(earliest, language) })
  if (check === 'too-far-ahead')
    return t('families.plannedDate.tooFarAhead', { date: formatDay(latest, language) })
  return null
}

/**
 * For the form's `confirmedDate`: the past date the user confirmed must be the date in `field`; picking
 * another date asks again.
 */
export const validatePastConfirmation =
  <K extends string>(t: TFunction, field: K, saved?: string) =>
  (confirmedDate: string, values: Record<K, string>) =>
    needsPastConfirmation(values[field], saved) && confirmedDate !== values[field]
      ? t('families.plannedDate.confirmRequired')
      : null

/** Shown as soon as a past date is picked: says so and asks for the confirmation saving needs. */
export const PastDateConfirmation = ({
  date,
  confirmedDate,
  error,
  onConfirm,
}: {
  date: string
  confirmedDate: string
  error?: ReactNode
  onConfirm: (confirmedDate: string) => void
}) => {
  const { t, i18n } = useTranslation()
  return (
    <Alert color="orange" title={t('families.plannedDate.pastTitle')}>
      <Checkbox
        label={t('families.plannedDate.confirm', { date: formatDay(date, i18n.language) })}
        checked={confirmedDate === date}
        error={error}
        onChange={(event) => onConfirm(event.currentTarget.checked ? date : '')}
      />
    </Alert>
  )
}
