import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

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
  assessments: (familyId: string) => [...familiesKeys.detail(familyId), 'assessments'] as const,
  plan: (familyId: string) => [...familiesKeys.detail(familyId), 'plan'] as const,
  conferences: (familyId: string) => [...familiesKeys.detail(familyId), 'conferences'] as const,
  notes: (familyId: string) => [...familiesKeys.detail(familyId), 'notes'] as const,
  noteVersions: (familyId: string, noteId: string) =>
    [...familiesKeys.notes(familyId), 'versions', noteId] as const,
  consents: (familyId: string) => [...familiesKeys.detail(familyId), 'consents'] as const,
  timeline: (familyId: string) => [...familiesKeys.detail(familyId), 'timeline'] as const,
  outsideReads: (familyId: string) => [...familiesKeys.detail(familyId), 'outside-reads'] as const,
  attention: ['case-attention'] as const,
  upcomingConferences: ['conferences-upcoming'] as const,
  breakGlass: ['break-glass'] as const,
  breakGlassList: (filters: BreakGlassFilters) => [...familiesKeys.breakGlass, filters] as const,
}
