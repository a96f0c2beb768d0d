import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { usersKeys } from './keys'

export const getUserOptions = (userId: string) =>
  queryOptions({
    queryKey: usersKeys.detail(userId),
    queryFn: ({ signal }) => apiCall(routes.getUser, { params: { userId }, signal }),
  })

export const useUser = (userId: string) => useQuery(getUserOptions(userId))
