import type { AdmissionReason, PersonToPlace } from '@onestop/contracts'
import { isApiError } from '../../../lib/api-error'
import { fieldErrorMessage, problemTypeOf } from '../../../lib/problem-message'

/** One member as the placement form holds them. */
export interface MemberChoice {
  personId: string
  name: string
  child: boolean
  include: boolean
  bedId: string | null
  intoxicated: boolean
  emergencyMedicalCare: boolean
  inpatientPsychiatricCare: boolean
}

export interface PlacementValues {
  familyId: string | null
  checkIn: string
  checkOut: string
  members: MemberChoice[]
}

/**
 * The members to place, as rows: a found family's or a waiting-list request's, both by name and age, so
 * placing needs no reading of the family's records (which an accommodation officer off the case team may not
 * read).
 */
export const memberChoices = (
  members: readonly PersonToPlace[],
  presetBedId: string | null,
): MemberChoice[] =>
  members.map((member, i) => ({
    personId: member.personId,
    name: member.name,
    child: member.ageYears < 18,
    include: true,
    // The bed clicked on the board goes to the first member; the others choose theirs.
    bedId: i === 0 ? presetBedId : null,
    intoxicated: false,
    emergencyMedicalCare: false,
    inpatientPsychiatricCare: false,
  }))

/** The admission check a refusal names, so the form can point at the members it was answered for. */
const REFUSED_CHECK: Record<string, keyof MemberChoice> = {
  'admission-intoxicated': 'intoxicated',
  'admission-emergency-care': 'emergencyMedicalCare',
  'admission-psychiatric-care': 'inpatientPsychiatricCare',
}

export const ADMISSION_CHECKS = ['intoxicated', 'emergencyMedicalCare', 'inpatientPsychiatricCare'] as const
export const CHECK_REASON: Record<(typeof ADMISSION_CHECKS)[number], AdmissionReason> = {
  intoxicated: 'intoxicated_adult',
  emergencyMedicalCare: 'emergency_medical_care',
  inpatientPsychiatricCare: 'inpatient_psychiatric_care',
}

/**
 * Field errors for a refused placement, on the form's own paths: the body lists only the included members, so
 * `/members/1/bedId` is the second included member. An admission refusal marks the checks that caused it.
 */
export const placementErrors = (
  error: unknown,
  values: PlacementValues,
  /** Said at a check that refused the admission. */
  refusedHere: string,
): { errors: Record<string, string>; admission: boolean } => {
  if (!isApiError(error)) return { errors: {}, admission: false }
  const included = values.members.flatMap((member, i) => (member.include ? [i] : []))
  const errors: Record<string, string> = {}
  for (const fieldError of error.fieldErrors) {
    const [field, index, sub] = fieldError.pointer.split('/').filter(Boolean)
    if (field === 'checkIn' || field === 'checkOut') errors[field] = fieldErrorMessage(fieldError)
    const formIndex = field === 'members' ? included[Number(index)] : undefined
    if (formIndex !== undefined && (sub === 'bedId' || sub === 'personId'))
      errors[`members.${formIndex}.bedId`] = fieldErrorMessage(fieldError)
  }
  const check = REFUSED_CHECK[problemTypeOf(error.type)]
  if (check)
    values.members.forEach((member, i) => {
      if (member.include && member[check] === true) errors[`members.${i}.${check}`] = refusedHere
    })
  return { errors, admission: check !== undefined }
}
