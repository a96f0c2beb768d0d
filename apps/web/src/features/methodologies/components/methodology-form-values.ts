import type { CoupleKind, EnrolmentRules, Methodology, MethodologyFormat } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { isApiError } from '../../../lib/api-error'
import { changedFields } from '../../../lib/changed-fields'
import { fieldErrorMessage } from '../../../lib/problem-message'
import type { CreateMethodologyInput, UpdateMethodologyInput } from '../api/save-methodology'

type NumberField = number | string

export interface InstrumentValues {
  /** The list item's key: the instrument's id, or a new one's random key. */
  key: string
  id: string | null
  name: string
  scoreMin: NumberField
  scoreMax: NumberField
  higherIsBetter: boolean
}

export interface MethodologyFormValues {
  name: string
  shortDescription: string
  targetGroup: string
  format: MethodologyFormat
  sessionCount: NumberField
  sessionMinutes: NumberField
  maxGroupSize: NumberField
  facilitatorsPerGroup: NumberField
  certificationPath: string
  certificationValidityMonths: NumberField
  /** The completion share as a whole percentage (1–100). */
  completionPercent: NumberField
  coupleKind: CoupleKind | null
  bothPartners: boolean
  minCouples: NumberField
  maxCouples: NumberField
  childAgeMin: NumberField
  childAgeMax: NumberField
  parentOfChildMin: NumberField
  parentOfChildMax: NumberField
  duringPregnancy: boolean
  courtProceedingsOnHold: boolean
  instruments: InstrumentValues[]
}

export const emptyMethodologyForm: MethodologyFormValues = {
  name: '',
  shortDescription: '',
  targetGroup: '',
  format: 'group',
  sessionCount: '',
  sessionMinutes: '',
  maxGroupSize: '',
  facilitatorsPerGroup: 1,
  certificationPath: '',
  certificationValidityMonths: 36,
  completionPercent: 75,
  coupleKind: null,
  bothPartners: false,
  minCouples: '',
  maxCouples: '',
  childAgeMin: '',
  childAgeMax: '',
  parentOfChildMin: '',
  parentOfChildMax: '',
  duringPregnancy: false,
  courtProceedingsOnHold: false,
  instruments: [],
}

const orEmpty = (value: number | null | undefined): NumberField => value ?? ''

export const methodologyFormOf = (methodology: Methodology): MethodologyFormValues => {
  const { couples, participantChildAge, parentOfChildAged } = methodology.enrolmentRules
  return {
    name: methodology.name,
    shortDescription: methodology.shortDescription,
    targetGroup: methodology.targetGroup,
    format: methodology.format,
    sessionCount: methodology.sessionCount,
    sessionMinutes: orEmpty(methodology.sessionMinutes),
    maxGroupSize: orEmpty(methodology.maxGroupSize),
    facilitatorsPerGroup: methodology.facilitatorsPerGroup,
    certificationPath: methodology.certificationPath,
    certificationValidityMonths: methodology.certificationValidityMonths,
    completionPercent: Math.round(methodology.completionShare * 100),
    coupleKind: couples?.kind ?? null,
    bothPartners: couples?.bothRequired ?? false,
    minCouples: orEmpty(couples?.minCouples),
    maxCouples: orEmpty(couples?.maxCouples),
    childAgeMin: orEmpty(participantChildAge?.minYears),
    childAgeMax: orEmpty(participantChildAge?.maxYears),
    parentOfChildMin: orEmpty(parentOfChildAged?.minYears),
    parentOfChildMax: orEmpty(parentOfChildAged?.maxYears),
    duringPregnancy: methodology.enrolmentRules.duringPregnancy ?? false,
    courtProceedingsOnHold: methodology.enrolmentRules.courtProceedingsOnHold ?? false,
    instruments: methodology.outcomeInstruments.map((instrument) => ({
      key: instrument.id,
      id: instrument.id,
      name: instrument.name,
      scoreMin: instrument.scoreMin,
      scoreMax: instrument.scoreMax,
      higherIsBetter: instrument.higherIsBetter,
    })),
  }
}

const wholeIn = (value: NumberField, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
const scoreIn = (value: NumberField) => typeof value === 'number' && value >= -10_000 && value <= 10_000

type Errors = Record<string, string>

const AGE_RANGES = [
  ['childAgeMin', 'childAgeMax'],
  ['parentOfChildMin', 'parentOfChildMax'],
] as const

const checkRules = (values: MethodologyFormValues, t: TFunction, errors: Errors) => {
  const range = (min: number, max: number) => t('methodologies.form.range', { min, max })
  if (values.coupleKind) {
    for (const field of ['minCouples', 'maxCouples'] as const)
      if (values[field] !== '' && !wholeIn(values[field], 1, 50)) errors[field] = range(1, 50)
    const { minCouples, maxCouples } = values
    if (
      !errors.maxCouples &&
      typeof minCouples === 'number' &&
      typeof maxCouples === 'number' &&
      maxCouples < minCouples
    )
      errors.maxCouples = t('methodologies.form.notBelow', { min: minCouples })
  }
  for (const [minField, maxField] of AGE_RANGES) {
    const min = values[minField]
    const max = values[maxField]
    if (min === '' && max === '') continue
    if (!wholeIn(min, 0, 25)) errors[minField] = range(0, 25)
    if (!wholeIn(max, 0, 25)) errors[maxField] = range(0, 25)
    else if (typeof min === 'number' && Number(max) < min)
      errors[maxField] = t('methodologies.form.notBelow', { min })
  }
}

const checkInstruments = (values: MethodologyFormValues, t: TFunction, errors: Errors) => {
  const names = new Set<string>()
  values.instruments.forEach((instrument, i) => {
    const name = instrument.name.trim().toLowerCase()
    if (!name) errors[`instruments.${i}.name`] = t('validation.required')
    else if (names.has(name)) errors[`instruments.${i}.name`] = t('methodologies.form.instrumentTwice')
    names.add(name)
    if (!scoreIn(instrument.scoreMin)) errors[`instruments.${i}.scoreMin`] = t('methodologies.form.score')
    if (!scoreIn(instrument.scoreMax)) errors[`instruments.${i}.scoreMax`] = t('methodologies.form.score')
    else if (typeof instrument.scoreMin === 'number' && Number(instrument.scoreMax) <= instrument.scoreMin)
      errors[`instruments.${i}.scoreMax`] = t('methodologies.form.scoreAbove', { min: instrument.scoreMin })
  })
}

/** The checks the API makes, so most mistakes show at their field before anything is sent. */
export const validateMethodologyForm = (values: MethodologyFormValues, t: TFunction): Errors => {
  const errors: Errors = {}
  const range = (min: number, max: number) => t('methodologies.form.range', { min, max })
  for (const field of ['name', 'shortDescription', 'targetGroup', 'certificationPath'] as const)
    if (!values[field].trim()) errors[field] = t('validation.required')
  if (!wholeIn(values.sessionCount, 1, 200)) errors.sessionCount = range(1, 200)
  if (values.sessionMinutes !== '' && !wholeIn(values.sessionMinutes, 5, 600))
    errors.sessionMinutes = range(5, 600)
  if (values.maxGroupSize !== '' && !wholeIn(values.maxGroupSize, 1, 200)) errors.maxGroupSize = range(1, 200)
  if (!wholeIn(values.facilitatorsPerGroup, 1, 10)) errors.facilitatorsPerGroup = range(1, 10)
  if (!wholeIn(values.certificationValidityMonths, 1, 240)) errors.certificationValidityMonths = range(1, 240)
  if (!wholeIn(values.completionPercent, 1, 100)) errors.completionPercent = range(1, 100)
  checkRules(values, t, errors)
  checkInstruments(values, t, errors)
  return errors
}

const numberOrNull = (value: NumberField) => (typeof value === 'number' ? value : null)
const ageRange = (min: NumberField, max: NumberField) =>
  typeof min === 'number' && typeof max === 'number' ? { minYears: min, maxYears: max } : undefined

export const toEnrolmentRules = (values: MethodologyFormValues): EnrolmentRules => {
  const participantChildAge = ageRange(values.childAgeMin, values.childAgeMax)
  const parentOfChildAged = ageRange(values.parentOfChildMin, values.parentOfChildMax)
  return {
    ...(values.coupleKind
      ? {
          couples: {
            kind: values.coupleKind,
            bothRequired: values.bothPartners,
            ...(typeof values.minCouples === 'number' ? { minCouples: values.minCouples } : {}),
            ...(typeof values.maxCouples === 'number' ? { maxCouples: values.maxCouples } : {}),
          },
        }
      : {}),
    ...(participantChildAge ? { participantChildAge } : {}),
    ...(parentOfChildAged ? { parentOfChildAged } : {}),
    ...(values.duringPregnancy ? { duringPregnancy: true } : {}),
    ...(values.courtProceedingsOnHold ? { courtProceedingsOnHold: true } : {}),
  }
}

const toInstruments = (values: MethodologyFormValues) =>
  values.instruments.map((instrument) => ({
    ...(instrument.id ? { id: instrument.id } : {}),
    name: instrument.name.trim(),
    scoreMin: Number(instrument.scoreMin),
    scoreMax: Number(instrument.scoreMax),
    higherIsBetter: instrument.higherIsBetter,
  }))

/** The settings every methodology has, from a validated form. */
const toSettings = (values: MethodologyFormValues) => ({
  name: values.name.trim(),
  shortDescription: values.shortDescription.trim(),
  targetGroup: values.targetGroup.trim(),
  format: values.format,
  sessionCount: Number(values.sessionCount),
  sessionMinutes: numberOrNull(values.sessionMinutes),
  maxGroupSize: numberOrNull(values.maxGroupSize),
  facilitatorsPerGroup: Number(values.facilitatorsPerGroup),
  certificationPath: values.certificationPath.trim(),
  certificationValidityMonths: Number(values.certificationValidityMonths),
  completionShare: Number(values.completionPercent) / 100,
  enrolmentRules: toEnrolmentRules(values),
})

export const toCreateBody = (values: MethodologyFormValues): CreateMethodologyInput => ({
  ...toSettings(values),
  outcomeInstruments: toInstruments(values).map(({ name, scoreMin, scoreMax, higherIsBetter }) => ({
    name,
    scoreMin,
    scoreMax,
    higherIsBetter,
  })),
})

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Only what changed, so the audit names the fields really edited; empty when nothing did. */
export const toUpdateBody = (
  values: MethodologyFormValues,
  methodology: Methodology,
): UpdateMethodologyInput => {
  const before = methodologyFormOf(methodology)
  const { enrolmentRules, ...settings } = toSettings(values)
  const { enrolmentRules: rulesBefore, ...settingsBefore } = toSettings(before)
  const body: UpdateMethodologyInput = changedFields(settings, settingsBefore)
  if (!same(enrolmentRules, rulesBefore)) body.enrolmentRules = enrolmentRules
  const instruments = toInstruments(values)
  if (!same(instruments, toInstruments(before))) body.outcomeInstruments = instruments
  return body
}

const RULE_FIELDS: Record<string, string> = {
  'couples/kind': 'coupleKind',
  'couples/bothRequired': 'bothPartners',
  'couples/minCouples': 'minCouples',
  'couples/maxCouples': 'maxCouples',
  'participantChildAge/minYears': 'childAgeMin',
  'participantChildAge/maxYears': 'childAgeMax',
  'parentOfChildAged/minYears': 'parentOfChildMin',
  'parentOfChildAged/maxYears': 'parentOfChildMax',
}

/** Where a server pointer such as `/enrolmentRules/couples/maxCouples` or `/outcomeInstruments/2/name` lands. */
const fieldOf = (pointer: string): string | null => {
  const [first, second, third] = pointer.split('/').filter(Boolean)
  if (first === 'enrolmentRules') return RULE_FIELDS[`${second}/${third}`] ?? second ?? null
  if (first === 'outcomeInstruments')
    return second === undefined ? null : `instruments.${second}.${third ?? 'name'}`
  if (first === 'completionShare') return 'completionPercent'
  return first ?? null
}

/** The server's field errors on the form's fields; null when it named none. */
export const methodologyFormErrors = (error: unknown): Errors | null => {
  if (!isApiError(error) || error.fieldErrors.length === 0) return null
  const errors: Errors = {}
  for (const fieldError of error.fieldErrors) {
    const field = fieldOf(fieldError.pointer)
    if (field && !errors[field]) errors[field] = fieldErrorMessage(fieldError)
  }
  return Object.keys(errors).length > 0 ? errors : null
}
