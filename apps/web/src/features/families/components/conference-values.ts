import type { Conference } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { toVilniusInput, vilniusDateTime } from '../../../lib/format'
import type { CreateConferenceInput } from '../api/save-conference'
import { pastDatesToConfirm, validatePastConfirmation, validatePlannedDate } from './planned-date'

export interface ExternalRow {
  key: string
  name: string
  organisation: string
}

export interface StepRow {
  key: string
  description: string
  goalId: string | null
  responsibleId: string | null
  dueOn: string
}

export interface ConferenceValues {
  heldAt: string
  agenda: string
  decisions: string
  staffIds: string[]
  personIds: string[]
  externals: ExternalRow[]
  steps: StepRow[]
  /** The past due dates the user confirmed; empty until they do. */
  confirmedDate: string
}

// Random keys, so that rows restored from a draft never share one with a row added now.
const nextKey = () => crypto.randomUUID()

export const newExternal = (): ExternalRow => ({ key: nextKey(), name: '', organisation: '' })
export const newStep = (): StepRow => ({
  key: nextKey(),
  description: '',
  goalId: null,
  responsibleId: null,
  dueOn: '',
})

export const conferenceValuesOf = (conference?: Conference): ConferenceValues => {
  if (!conference)
    return {
      heldAt: '',
      agenda: '',
      decisions: '',
      staffIds: [],
      personIds: [],
      externals: [],
      steps: [],
      confirmedDate: '',
    }
  const { participants } = conference
  return {
    heldAt: toVilniusInput(conference.heldAt),
    agenda: conference.agenda,
    decisions: conference.decisions ?? '',
    staffIds: participants.flatMap((p) => (p.kind === 'staff' && p.userId ? [p.userId] : [])),
    personIds: participants.flatMap((p) => (p.kind === 'family_member' && p.personId ? [p.personId] : [])),
    externals: participants
      .filter((p) => p.kind === 'external')
      .map((p) => ({ key: nextKey(), name: p.name, organisation: p.organisation ?? '' })),
    steps: conference.steps.map((s) => ({
      key: nextKey(),
      description: s.description,
      goalId: s.goalId,
      responsibleId: s.responsible?.id ?? null,
      dueOn: s.dueOn ?? '',
    })),
    confirmedDate: '',
  }
}

/** Due dates of new steps before today, which the user must confirm; those the conference had are kept. */
export const pastDueDates = (values: ConferenceValues, conference?: Conference) =>
  pastDatesToConfirm(
    values.steps.map((s) => s.dueOn),
    (conference?.steps ?? []).map((s) => s.dueOn),
  )

export const conferenceBody = (values: ConferenceValues, conference?: Conference): CreateConferenceInput => {
  const decisions = values.decisions.trim()
  return {
    heldAt: vilniusDateTime(values.heldAt),
    agenda: values.agenda.trim(),
    ...(decisions ? { decisions } : {}),
    participants: [
      ...values.staffIds.map((userId) => ({ kind: 'staff' as const, userId })),
      ...values.personIds.map((personId) => ({ kind: 'family_member' as const, personId })),
      ...values.externals.map((e) => ({
        kind: 'external' as const,
        name: e.name.trim(),
        ...(e.organisation.trim() ? { organisation: e.organisation.trim() } : {}),
      })),
    ],
    steps: values.steps.map((s) => ({
      description: s.description.trim(),
      ...(s.goalId ? { goalId: s.goalId } : {}),
      ...(s.responsibleId ? { responsibleId: s.responsibleId } : {}),
      ...(s.dueOn ? { dueOn: s.dueOn } : {}),
    })),
    ...(pastDueDates(values, conference).length > 0 ? { pastDateConfirmed: true } : {}),
  }
}

export const validateConference = (
  values: ConferenceValues,
  t: TFunction,
  language: string,
  conference?: Conference,
) => {
  const kept = (conference?.steps ?? []).map((s) => s.dueOn)
  const required = (text: string) => (text.trim() ? null : t('validation.required'))
  const participantCount = values.staffIds.length + values.personIds.length + values.externals.length
  const errors: Record<string, string | null> = {
    heldAt: required(values.heldAt),
    agenda: required(values.agenda),
    participants: participantCount === 0 ? t('families.conferences.participantsRequired') : null,
  }
  values.externals.forEach((e, i) => {
    errors[`externals.${i}.name`] = required(e.name)
  })
  values.steps.forEach((s, i) => {
    errors[`steps.${i}.description`] = required(s.description)
    errors[`steps.${i}.dueOn`] =
      s.dueOn && !kept.includes(s.dueOn) ? validatePlannedDate(t, language)(s.dueOn) : null
  })
  errors.confirmedDate = validatePastConfirmation(t, values.confirmedDate, pastDueDates(values, conference))
  return errors
}
