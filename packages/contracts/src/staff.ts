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

/**
 * Who oversees every family of their own organisation: sees and manages each case, sets hard caps on
 * service packages, reviews emergency accesses and outside reads. The API's per-family rules and the client's
 * offers both read this one list.
 */
export const OVERSEER_ROLES = ['coordinator', 'admin'] as const satisfies readonly Role[]

export const isOverseer = (user: { roles: readonly Role[] }): boolean =>
  user.roles.some((role) => (OVERSEER_ROLES as readonly Role[]).includes(role))

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
