import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type UserFilters = Omit<NonNullable<RouteQuery<typeof routes.listUsers>>, 'cursor' | 'limit'>

export const usersKeys = {
  all: ['users'] as const,
  lists: () => [...usersKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...usersKeys.lists(), filters] as const,
  detail: (userId: string) => [...usersKeys.all, 'detail', userId] as const,
}
