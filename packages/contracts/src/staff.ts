import { Type } from 'typebox'

export const ROLES = [
  'admin',
  'coordinator',
  'case_manager',
  'specialist',
  'intake',
  'accommodation_officer',
] as const
export type Role = (typeof ROLES)[number]

export const PROFESSIONS = [
  'case_manager',
  'social_worker',
  'psychologist',
  'psychotherapist',
  'psychiatrist',
  'addiction_consultant',
  'lawyer',
  'special_pedagogue',
  'mediator',
] as const
export type Profession = (typeof PROFESSIONS)[number]

export const RoleSchema = Type.Enum([...ROLES], {
  description: 'A staff role; it decides which operations the user may call.',
  examples: ['case_manager'],
})
export const ProfessionSchema = Type.Enum([...PROFESSIONS], {
  description: 'A profession the staff member practises; it decides which services they may deliver.',
  examples: ['psychologist'],
})
