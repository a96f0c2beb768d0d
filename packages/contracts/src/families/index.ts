import { assessmentRoutes } from './assessments.js'
import { casePlanRoutes } from './case-plan.js'
import { familyRoutes } from './family.js'
import { memberRoutes } from './members.js'
import { teamRoutes } from './team.js'

export * from './assessments.js'
export * from './case-plan.js'
export * from './case-reference.js'
export * from './family.js'
export * from './members.js'
export * from './reference.js'
export * from './team.js'

export const familiesRoutes = {
  ...familyRoutes,
  ...memberRoutes,
  ...teamRoutes,
  ...assessmentRoutes,
  ...casePlanRoutes,
} as const
