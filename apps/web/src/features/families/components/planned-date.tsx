import { Alert, Checkbox } from '@mantine/core'
import { checkPlannedDate, plannedDateRange } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay, todayInVilnius } from '../../../lib/format'

/**
 * The planned dates (a goal's target, the next review, steps' due dates) that need the user's confirmation:
 * before today (Vilnius) and new, since a date the record already had is not asked about again.
 */
export const pastDatesToConfirm = (dates: readonly string[], saved: readonly (string | null)[] = []) => {
  const today = todayInVilnius()
  return [...new Set(dates)]
    .filter((date) => date && !saved.includes(date) && checkPlannedDate(date, today) === 'past')
    .sort()
}

/** What the form keeps once the user confirmed these dates: picking another past date asks again. */
export const confirmationOf = (dates: readonly string[]) => dates.join(',')

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

/** For the form's `confirmedDate`: the past dates in the form must be the ones the user confirmed. */
export const validatePastConfirmation = (
  t: TFunction,
  confirmedDate: string,
  pastDates: readonly string[],
) =>
  pastDates.length > 0 && confirmedDate !== confirmationOf(pastDates)
    ? t('families.plannedDate.confirmRequired')
    : null

/** Shown as soon as a past date is picked: says so and asks for the confirmation saving needs. */
export const PastDateConfirmation = ({
  dates,
  confirmedDate,
  error,
  onConfirm,
}: {
  dates: readonly string[]
  confirmedDate: string
  error?: ReactNode
  onConfirm: (confirmedDate: string) => void
}) => {
  const { t, i18n } = useTranslation()
  if (dates.length === 0) return null
  const confirmation = confirmationOf(dates)
  return (
    <Alert color="orange" title={t('families.plannedDate.pastTitle')}>
      <Checkbox
        label={t('families.plannedDate.confirm', {
          dates: dates.map((date) => formatDay(date, i18n.language)).join(', '),
        })}
        checked={confirmedDate === confirmation}
        error={error}
        onChange={(event) => onConfirm(event.currentTarget.checked ? confirmation : '')}
      />
    </Alert>
  )
}
