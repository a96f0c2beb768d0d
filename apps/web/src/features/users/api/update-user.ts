import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { usersKeys } from './keys'

export type UpdateUserInput = RouteBody<typeof routes.updateUser>

export const useUpdateUser = (userId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateUserInput) => apiCall(routes.updateUser, { params: { userId }, body }),
    onSuccess: (user) => {
      queryClient.setQueryData(usersKeys.detail(userId), user)
      return queryClient.invalidateQueries({ queryKey: usersKeys.lists() })
    },
  })
}
