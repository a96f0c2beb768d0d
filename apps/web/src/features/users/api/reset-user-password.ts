import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { usersKeys } from './keys'

export const useResetUserPassword = (userId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (password: string) =>
      apiCall(routes.resetUserPassword, { params: { userId }, body: { password } }),
    // A reset also clears a sign-in lock.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.detail(userId) }),
  })
}
