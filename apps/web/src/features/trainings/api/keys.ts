import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type TrainingFilters = Omit<NonNullable<RouteQuery<typeof routes.listTrainings>>, 'cursor' | 'limit'>

export const trainingsKeys = {
  all: ['trainings'] as const,
  lists: () => [...trainingsKeys.all, 'list'] as const,
  list: (filters: TrainingFilters) => [...trainingsKeys.lists(), filters] as const,
  training: (trainingId: string) => [...trainingsKeys.all, 'training', trainingId] as const,
  mine: (year: number) => [...trainingsKeys.all, 'mine', year] as const,
  hours: (year: number) => [...trainingsKeys.all, 'hours', year] as const,
}
