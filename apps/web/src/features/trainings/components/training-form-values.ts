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

export interface OutsideTrainerValues {
  name: string
  organisation: string
}

export interface TrainingFormValues {
  methodologyId: string | null
  kind: TrainingKind
  title: string
  roomId: string | null
  capacity: number | string
  trainerIds: string[]
  outsideTrainers: OutsideTrainerValues[]
  sessions: SessionValues[]
}

export const emptySession: SessionValues = { day: '', startsAt: '09:00', endsAt: '16:00' }
export const emptyOutsideTrainer: OutsideTrainerValues = { name: '', organisation: '' }

export const emptyTrainingForm: TrainingFormValues = {
  methodologyId: null,
  kind: 'initial_training',
  title: '',
  roomId: null,
  capacity: 12,
  trainerIds: [],
  outsideTrainers: [emptyOutsideTrainer],
  sessions: [emptySession],
}

/** The outside trainers named, trimmed; rows left empty are no trainer. */
const namedOutsideTrainers = (values: TrainingFormValues) =>
  values.outsideTrainers.flatMap((trainer) => {
    const name = trainer.name.trim()
    return name ? [{ name, organisation: trainer.organisation.trim() }] : []
  })

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
  if (values.trainerIds.length === 0 && namedOutsideTrainers(values).length === 0)
    errors.trainerIds = t('trainings.form.trainerRequired')
  values.outsideTrainers.forEach((trainer, i) => {
    const name = trainer.name.trim()
    const organisation = trainer.organisation.trim()
    if (name && !organisation) errors[`outsideTrainers.${i}.organisation`] = required
    if (organisation && !name) errors[`outsideTrainers.${i}.name`] = required
  })
  values.sessions.forEach((session, i) => {
    if (!DAY.test(session.day)) errors[`sessions.${i}.day`] = required
    if (!TIME.test(session.startsAt)) errors[`sessions.${i}.startsAt`] = required
    if (!TIME.test(session.endsAt)) errors[`sessions.${i}.endsAt`] = required
    else if (session.endsAt <= session.startsAt)
      errors[`sessions.${i}.endsAt`] = t('trainings.form.endBeforeStart')
  })
  return errors
}

export const toCreateBody = (values: TrainingFormValues): CreateTrainingBody => ({
  methodologyId: values.methodologyId ?? '',
  kind: values.kind,
  title: values.title.trim(),
  ...(values.roomId ? { roomId: values.roomId } : {}),
  capacity: Number(values.capacity),
  trainerIds: values.trainerIds,
  outsideTrainers: namedOutsideTrainers(values),
  sessions: values.sessions.map((s) => ({
    startsAt: vilniusDateTime(`${s.day}T${s.startsAt}`),
    endsAt: vilniusDateTime(`${s.day}T${s.endsAt}`),
  })),
})
