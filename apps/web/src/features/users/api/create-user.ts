import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { usersKeys } from './keys'

export type CreateUserInput = RouteBody<typeof routes.createUser>

export const useCreateUser = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateUserInput) => apiCall(routes.createUser, { body }),
    onSuccess: (user) => {
      queryClient.setQueryData(usersKeys.detail(user.id), user)
      return queryClient.invalidateQueries({ queryKey: usersKeys.lists() })
    },
  })
}
