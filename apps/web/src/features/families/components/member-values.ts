import type { Member, RouteBody } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'
import type { TFunction } from 'i18next'
import {
  isGender,
  isMemberRole,
  required,
  validateOptionalEmail,
  validatePastDate,
  validatePersonalCode,
  validatePhone,
} from './family-validation'

export interface MemberValues {
  givenName: string
  familyName: string
  birthDate: string
  gender: string | null
  role: string | null
  personalCode: string
  phone: string
  email: string
  address: string
  contactsConfidential: boolean
}

export type MemberField = keyof MemberValues

export const emptyMember = (): MemberValues => ({
  givenName: '',
  familyName: '',
  birthDate: '',
  gender: null,
  role: null,
  personalCode: '',
  phone: '',
  email: '',
  address: '',
  contactsConfidential: false,
})

export const memberValuesOf = (member: Member): MemberValues => ({
  givenName: member.givenName,
  familyName: member.familyName,
  birthDate: member.birthDate,
  gender: member.gender,
  role: member.role,
  personalCode: member.personalCode ?? '',
  phone: member.contacts?.phone ?? '',
  email: member.contacts?.email ?? '',
  address: member.contacts?.address ?? '',
  contactsConfidential: member.contactsConfidential,
})

/** Errors of one member's fields, keyed by field; empty when valid. */
export const memberErrors = (values: MemberValues, t: TFunction): Partial<Record<MemberField, string>> => {
  const checks: [MemberField, string | null][] = [
    ['givenName', required(t)(values.givenName)],
    ['familyName', required(t)(values.familyName)],
    ['birthDate', validatePastDate(t)(values.birthDate)],
    ['gender', required(t)(values.gender)],
    ['role', required(t)(values.role)],
    ['personalCode', validatePersonalCode(t)(values.personalCode, values.birthDate)],
    ['phone', validatePhone(t)(values.phone)],
    ['email', validateOptionalEmail(t)(values.email)],
  ]
  const errors: Partial<Record<MemberField, string>> = {}
  for (const [field, error] of checks) if (error) errors[field] = error
  return errors
}

type NewMemberBody = RouteBody<typeof routes.addMember>

const contactsOf = (values: MemberValues) => {
  const phone = values.phone.trim()
  const email = values.email.trim()
  const address = values.address.trim()
  return {
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...(address ? { address } : {}),
  }
}

/** The body for a new member; call only with values that passed `memberErrors`. */
export const newMemberBody = (values: MemberValues): NewMemberBody => {
  const contacts = contactsOf(values)
  const personalCode = values.personalCode.trim()
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    birthDate: values.birthDate,
    gender: isGender(values.gender) ? values.gender : 'not_stated',
    role: isMemberRole(values.role) ? values.role : 'other',
    ...(personalCode ? { personalCode } : {}),
    ...(Object.keys(contacts).length > 0 ? { contacts } : {}),
    contactsConfidential: values.contactsConfidential,
  }
}

type UpdateMemberBody = RouteBody<typeof routes.updateMember>

/** Only what changed; contacts only when the caller could see them. */
export const memberChanges = (member: Member, values: MemberValues): UpdateMemberBody => {
  const before = memberValuesOf(member)
  const next = newMemberBody(values)
  const changes: UpdateMemberBody = {}
  if (next.givenName !== before.givenName) changes.givenName = next.givenName
  if (next.familyName !== before.familyName) changes.familyName = next.familyName
  if (next.birthDate !== before.birthDate) changes.birthDate = next.birthDate
  if (next.gender !== before.gender) changes.gender = next.gender
  if (next.role !== before.role) changes.role = next.role
  const code = values.personalCode.trim()
  if (code && code !== before.personalCode) changes.personalCode = code
  if (!code && member.personalCode) changes.personalCode = null
  if (member.contacts !== null) {
    const contacts = contactsOf(values)
    const old = member.contacts
    if (
      (contacts.phone ?? '') !== (old.phone ?? '') ||
      (contacts.email ?? '') !== (old.email ?? '') ||
      (contacts.address ?? '') !== (old.address ?? '')
    )
      changes.contacts = contacts
  }
  if (values.contactsConfidential !== member.contactsConfidential)
    changes.contactsConfidential = values.contactsConfidential
  return changes
}
