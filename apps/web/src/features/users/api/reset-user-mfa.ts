import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { usersKeys } from './keys'

export const useResetUserMfa = (userId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiCall(routes.resetUserMfa, { params: { userId } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: usersKeys.detail(userId) }),
        queryClient.invalidateQueries({ queryKey: usersKeys.lists() }),
      ]),
  })
}
