import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { sessionStore } from '../../../lib/session-store'

export const useSignOut = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiCall(routes.logout),
    // Forget the session here even when the server could not be reached: the token is in memory only.
    onSettled: () => {
      sessionStore.clear()
      queryClient.clear()
    },
  })
}
