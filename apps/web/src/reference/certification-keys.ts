import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type CertificationFilters = NonNullable<RouteQuery<typeof routes.listCertifications>>
export type MatrixFilters = NonNullable<RouteQuery<typeof routes.getCompetenceMatrix>>

/** Every view of certifications (lists, the expiring ones, one's own, the matrix) under one root a change refreshes. */
export const certificationsKeys = {
  all: ['certifications'] as const,
  list: (filters: CertificationFilters) => [...certificationsKeys.all, 'list', filters] as const,
  mine: () => [...certificationsKeys.all, 'mine'] as const,
  expiring: (days: number) => [...certificationsKeys.all, 'expiring', days] as const,
  matrix: (filters: MatrixFilters) => [...certificationsKeys.all, 'matrix', filters] as const,
}
