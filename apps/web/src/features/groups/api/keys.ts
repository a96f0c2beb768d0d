import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type GroupRunFilters = Omit<NonNullable<RouteQuery<typeof routes.listGroupRuns>>, 'cursor' | 'limit'>

export const groupsKeys = {
  all: ['groups'] as const,
  lists: () => [...groupsKeys.all, 'list'] as const,
  list: (filters: GroupRunFilters) => [...groupsKeys.lists(), filters] as const,
  run: (runId: string) => [...groupsKeys.all, 'run', runId] as const,
  enrolments: (runId: string) => [...groupsKeys.run(runId), 'enrolments'] as const,
  attendance: (runId: string, sessionId: string) =>
    [...groupsKeys.run(runId), 'attendance', sessionId] as const,
  fidelity: (runId: string) => [...groupsKeys.run(runId), 'fidelity'] as const,
  outcomes: (runId: string) => [...groupsKeys.run(runId), 'outcomes'] as const,
}
