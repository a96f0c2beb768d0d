import type { CreateGroupRunBody } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { isApiError } from '../../../lib/api-error'
import { fieldErrorMessage } from '../../../lib/problem-message'
import { pickedToIso } from './date-time-field'

export type ScheduleKind = 'weekly' | 'dates'

export interface RunFormValues {
  serviceId: string | null
  title: string
  methodologyId: string | null
  roomId: string | null
  capacity: number | string
  facilitatorIds: string[]
  schedule: ScheduleKind
  /** Picker values (`YYYY-MM-DD HH:mm:ss`, Vilnius wall-clock). */
  firstStartsAt: string | null
  durationMinutes: number | string
  count: number | string
  intervalWeeks: number | string
  dates: (string | null)[]
}

export const emptyRunForm: RunFormValues = {
  serviceId: null,
  title: '',
  methodologyId: null,
  roomId: null,
  capacity: '',
  facilitatorIds: [],
  schedule: 'weekly',
  firstStartsAt: null,
  durationMinutes: 90,
  count: 8,
  intervalWeeks: 1,
  dates: [null],
}

const within = (value: number | string, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** What the API would refuse, said before sending. `roomCapacity` is the chosen room's, if any. */
export const validateRunForm = (values: RunFormValues, t: TFunction, roomCapacity: number | null) => {
  const range = (min: number, max: number) => t('groups.form.range', { min, max })
  const errors: Record<string, string> = {}
  if (!values.serviceId) errors.serviceId = t('validation.required')
  if (!values.title.trim()) errors.title = t('validation.required')
  if (values.capacity !== '' && !within(values.capacity, 1, 500)) errors.capacity = range(1, 500)
  else if (roomCapacity !== null && typeof values.capacity === 'number' && values.capacity > roomCapacity)
    errors.capacity = t('groups.form.roomTooSmall', { n: roomCapacity })
  if (values.facilitatorIds.length === 0) errors.facilitatorIds = t('validation.required')
  else if (values.facilitatorIds.length > 4) errors.facilitatorIds = t('groups.form.facilitatorsMax')
  if (!within(values.durationMinutes, 5, 480)) errors.durationMinutes = range(5, 480)
  if (values.schedule === 'weekly') {
    if (!values.firstStartsAt) errors.firstStartsAt = t('validation.required')
    if (!within(values.count, 1, 52)) errors.count = range(1, 52)
    if (!within(values.intervalWeeks, 1, 4)) errors.intervalWeeks = range(1, 4)
  } else {
    values.dates.forEach((date, index) => {
      if (!date) errors[`dates.${index}`] = t('validation.required')
    })
  }
  return errors
}

const endOf = (startsAt: string, minutes: number) =>
  new Date(new Date(startsAt).getTime() + minutes * 60_000).toISOString()

/** The request body of a validated form. */
export const toCreateBody = (values: RunFormValues): CreateGroupRunBody => {
  const duration = Number(values.durationMinutes)
  const sessions: CreateGroupRunBody['sessions'] =
    values.schedule === 'weekly'
      ? {
          weekly: {
            firstStartsAt: pickedToIso(values.firstStartsAt ?? ''),
            durationMinutes: duration,
            count: Number(values.count),
            intervalWeeks: Number(values.intervalWeeks),
          },
        }
      : {
          dates: values.dates.map((date) => {
            const startsAt = pickedToIso(date ?? '')
            return { startsAt, endsAt: endOf(startsAt, duration) }
          }),
        }
  return {
    serviceId: values.serviceId ?? '',
    title: values.title.trim(),
    ...(values.methodologyId ? { methodologyId: values.methodologyId } : {}),
    ...(values.roomId ? { roomId: values.roomId } : {}),
    ...(typeof values.capacity === 'number' ? { capacity: values.capacity } : {}),
    facilitatorIds: values.facilitatorIds,
    sessions,
  }
}

/** Where a server pointer such as `/sessions/weekly/count` or `/sessions/dates/2/startsAt` lands on the form. */
const fieldOf = (pointer: string): string | null => {
  const [first, kind, indexOrField, dateField] = pointer.split('/').filter(Boolean)
  if (first !== 'sessions') return first ?? null
  if (kind === 'weekly') return indexOrField ?? 'firstStartsAt'
  if (kind === 'dates' && indexOrField !== undefined)
    return dateField === 'endsAt' ? 'durationMinutes' : `dates.${indexOrField}`
  return 'schedule'
}

/** The server's field errors on the form's fields; null when it named none. */
export const runFormErrors = (error: unknown): Record<string, string> | null => {
  if (!isApiError(error) || error.fieldErrors.length === 0) return null
  const errors: Record<string, string> = {}
  for (const fieldError of error.fieldErrors) {
    const field = fieldOf(fieldError.pointer)
    if (field && !errors[field]) errors[field] = fieldErrorMessage(fieldError)
  }
  return Object.keys(errors).length > 0 ? errors : null
}
