import { Type } from 'typebox'

/** Social risk factors from the national list, plus those these centres add (DOMAIN.md). Several per family. */
export const RISK_FACTORS = [
  'lack_of_care_skills',
  'child_development_and_safety_not_ensured',
  'abuse_and_violence',
  'criminal_involvement',
  'dependence',
  'poverty_and_homelessness',
  'lack_of_motivation_to_work',
  'high_conflict_separation',
  'mental_health',
  'housing_crisis',
  'disability',
] as const

export const RECIPIENT_GROUPS = [
  'children_at_social_risk',
  'children_with_disabilities',
  'children_without_parental_care',
  'adults_with_disabilities',
  'older_people',
  'adults_at_social_risk',
  'families_at_social_risk',
  'foster_and_guardian_families',
  'families_in_crisis',
  'young_people_with_fewer_opportunities',
  'people_who_used_violence',
  'victims_of_trafficking',
  'pregnant_women',
  'minor_mothers',
  'other',
] as const

export const REFERRAL_SOURCES = [
  'child_rights_service',
  'self',
  'police',
  'school',
  'health_care',
  'partner_organisation',
  'other',
] as const
export const FAMILY_STATUSES = ['referred', 'intake', 'active', 'closed'] as const
/** As funders report it (ESF+: women, men, non-binary). */
export const GENDERS = ['woman', 'man', 'non_binary', 'not_stated'] as const
export const MEMBER_ROLES = ['parent', 'child', 'grandparent', 'partner', 'other'] as const

export type RiskFactor = (typeof RISK_FACTORS)[number]
export const isRiskFactor = (value: string): value is RiskFactor => RISK_FACTORS.includes(value as RiskFactor)
export type RecipientGroup = (typeof RECIPIENT_GROUPS)[number]
export type ReferralSource = (typeof REFERRAL_SOURCES)[number]
export type FamilyStatus = (typeof FAMILY_STATUSES)[number]
export type Gender = (typeof GENDERS)[number]
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const RiskFactorSchema = Type.Enum([...RISK_FACTORS], { examples: ['high_conflict_separation'] })
export const RecipientGroupSchema = Type.Enum([...RECIPIENT_GROUPS], { examples: ['families_in_crisis'] })
export const ReferralSourceSchema = Type.Enum([...REFERRAL_SOURCES], { examples: ['child_rights_service'] })
export const FamilyStatusSchema = Type.Enum([...FAMILY_STATUSES], { examples: ['active'] })
export const GenderSchema = Type.Enum([...GENDERS], { examples: ['woman'] })
export const MemberRoleSchema = Type.Enum([...MEMBER_ROLES], { examples: ['child'] })

/** The status moves a family may make; any other is a 409. */
export const FAMILY_STATUS_MOVES: Readonly<Record<FamilyStatus, readonly FamilyStatus[]>> = {
  referred: ['intake'],
  intake: ['active'],
  active: ['closed'],
  closed: ['active'],
}
