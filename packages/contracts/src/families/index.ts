import { familyRoutes } from './family.js'
import { memberRoutes } from './members.js'
import { teamRoutes } from './team.js'

export * from './case-reference.js'
export * from './family.js'
export * from './members.js'
export * from './reference.js'
export * from './team.js'

export const familiesRoutes = { ...familyRoutes, ...memberRoutes, ...teamRoutes } as const
