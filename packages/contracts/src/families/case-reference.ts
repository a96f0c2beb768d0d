import { Type } from 'typebox'

/** Areas of a family's needs assessment and of its case plan goals. */
export const NEEDS_AREAS = [
  'safety',
  'parenting',
  'child_development',
  'health',
  'addiction',
  'housing',
  'finances',
  'legal',
  'education_employment',
  'social_network',
] as const
export type NeedsArea = (typeof NEEDS_AREAS)[number]

/** Four levels of severity, or "don't know" (as in the S.M.A.R.T. parenthood tool, DOMAIN.md). */
export const SEVERITY_RATINGS = ['none', 'mild', 'moderate', 'severe', 'dont_know'] as const
export type SeverityRating = (typeof SEVERITY_RATINGS)[number]

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]

export const NOTE_VISIBILITIES = ['team', 'case_manager'] as const
export const CONSENT_PURPOSES = [
  'service_delivery',
  'share_with_municipality',
  'share_with_partners',
  'photos_video',
  'research',
] as const
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]
export const CONFERENCE_PARTICIPANT_KINDS = ['staff', 'family_member', 'external'] as const

export const NeedsAreaSchema = Type.Enum([...NEEDS_AREAS], { examples: ['parenting'] })
export const SeverityRatingSchema = Type.Enum([...SEVERITY_RATINGS], { examples: ['moderate'] })
export const GoalStatusSchema = Type.Enum([...GOAL_STATUSES], { examples: ['open'] })
export const NoteVisibilitySchema = Type.Enum([...NOTE_VISIBILITIES], {
  description: '`case_manager`: only the responsible case manager (and the author) read it.',
  examples: ['team'],
})
export const ConsentPurposeSchema = Type.Enum([...CONSENT_PURPOSES], {
  examples: ['share_with_municipality'],
})
