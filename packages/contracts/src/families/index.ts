import { assessmentRoutes } from './assessments.js'
import { casePlanRoutes } from './case-plan.js'
import { conferenceRoutes } from './conferences.js'
import { consentRoutes } from './consents.js'
import { dataProtectionRoutes } from './data-protection.js'
import { disclosureRoutes } from './disclosures.js'
import { familyRoutes } from './family.js'
import { memberRoutes } from './members.js'
import { noteRoutes } from './notes.js'
import { teamRoutes } from './team.js'
import { timelineRoutes } from './timeline.js'

export * from './assessments.js'
export * from './case-plan.js'
export * from './case-reference.js'
export * from './conferences.js'
export * from './consents.js'
export * from './data-protection.js'
export * from './disclosures.js'
export * from './family.js'
export * from './members.js'
export * from './municipalities.js'
export * from './notes.js'
export * from './personal-code.js'
export * from './planned-date.js'
export * from './reference.js'
export * from './team.js'
export * from './timeline.js'

export const familiesRoutes = {
  ...familyRoutes,
  ...memberRoutes,
  ...teamRoutes,
  ...assessmentRoutes,
  ...casePlanRoutes,
  ...timelineRoutes,
  ...dataProtectionRoutes,
  ...disclosureRoutes,
  ...conferenceRoutes,
  ...noteRoutes,
  ...consentRoutes,
} as const
