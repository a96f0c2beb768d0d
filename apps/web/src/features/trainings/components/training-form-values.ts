import type { CreateTrainingBody, TrainingKind } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { vilniusDateTime } from '../../../lib/format'

export interface SessionValues {
  /** `YYYY-MM-DD`, Vilnius. */
  day: string
  /** `HH:mm`, Vilnius wall clock. */
  startsAt: string
  endsAt: string
}

export interface TrainingFormValues {
  methodologyId: string | null
  kind: TrainingKind
  title: string
  roomId: string | null
  capacity: number | string
  trainerIds: string[]
  outsideTrainerName: string
  outsideTrainerOrganisation: string
  sessions: SessionValues[]
}

export const emptySession: SessionValues = { day: '', startsAt: '09:00', endsAt: '16:00' }

export const emptyTrainingForm: TrainingFormValues = {
  methodologyId: null,
  kind: 'initial_training',
  title: '',
  roomId: null,
  capacity: 12,
  trainerIds: [],
  outsideTrainerName: '',
  outsideTrainerOrganisation: '',
  sessions: [emptySession],
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^\d{2}:\d{2}$/

/** What the API would refuse, said before sending. `roomCapacity` is the chosen room's, if any. */
export const validateTrainingForm = (
  values: TrainingFormValues,
  t: TFunction,
  roomCapacity: number | null,
) => {
  const errors: Record<string, string> = {}
  const required = t('validation.required')
  if (!values.methodologyId) errors.methodologyId = required
  if (!values.title.trim()) errors.title = required
  const capacity = values.capacity
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1 || capacity > 500)
    errors.capacity = t('trainings.form.capacityRange')
  else if (roomCapacity !== null && capacity > roomCapacity)
    errors.capacity = t('trainings.form.roomTooSmall', { n: roomCapacity })
  const outsideName = values.outsideTrainerName.trim()
  const outsideOrganisation = values.outsideTrainerOrganisation.trim()
  if (values.trainerIds.length === 0 && !outsideName) errors.trainerIds = t('trainings.form.trainerRequired')
  if (outsideName && !outsideOrganisation) errors.outsideTrainerOrganisation = required
  if (outsideOrganisation && !outsideName) errors.outsideTrainerName = required
  values.sessions.forEach((session, i) => {
    if (!DAY.test(session.day)) errors[`sessions.${i}.day`] = required
    if (!TIME.test(session.startsAt)) errors[`sessions.${i}.startsAt`] = required
    if (!TIME.test(session.endsAt)) errors[`sessions.${i}.endsAt`] = required
    else if (session.endsAt <= session.startsAt)
      errors[`sessions.${i}.endsAt`] = t('trainings.form.endBeforeStart')
  })
  return errors
}

export const toCreateBody = (values: TrainingFormValues): CreateTrainingBody => {
  const outsideName = values.outsideTrainerName.trim()
  return {
    methodologyId: values.methodologyId ?? '',
    kind: values.kind,
    title: values.title.trim(),
    ...(values.roomId ? { roomId: values.roomId } : {}),
    capacity: Number(values.capacity),
    trainerIds: values.trainerIds,
    outsideTrainers: outsideName
      ? [{ name: outsideName, organisation: values.outsideTrainerOrganisation.trim() }]
      : [],
    sessions: values.sessions.map((s) => ({
      startsAt: vilniusDateTime(`${s.day}T${s.startsAt}`),
      endsAt: vilniusDateTime(`${s.day}T${s.endsAt}`),
    })),
  }
}
