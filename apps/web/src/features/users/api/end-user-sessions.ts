import { routes } from '@onestop/contracts/client'
import { useMutation } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'

export const useEndUserSessions = (userId: string) =>
  useMutation({ mutationFn: () => apiCall(routes.endUserSessions, { params: { userId } }) })
