import type { RouteQuery, routes } from '@onestop/contracts'

export type FamilyFilters = Omit<NonNullable<RouteQuery<typeof routes.listFamilies>>, 'cursor' | 'limit'>
export type BreakGlassFilters = Omit<
  NonNullable<RouteQuery<typeof routes.listBreakGlass>>,
  'cursor' | 'limit'
>

export const familiesKeys = {
  all: ['families'] as const,
  lists: () => [...familiesKeys.all, 'list'] as const,
  list: (filters: FamilyFilters) => [...familiesKeys.lists(), filters] as const,
  detail: (familyId: string) => [...familiesKeys.all, 'detail', familyId] as const,
  members: (familyId: string) => [...familiesKeys.detail(familyId), 'members'] as const,
  team: (familyId: string) => [...familiesKeys.detail(familyId), 'team'] as const,
  staff: (q: string) => ['families-staff', q] as const,
  breakGlass: ['break-glass'] as const,
  breakGlassList: (filters: BreakGlassFilters) => [...familiesKeys.breakGlass, filters] as const,
}

/** The If-Match header for a family read at `version` (the API's ETag is the quoted version). */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` })
