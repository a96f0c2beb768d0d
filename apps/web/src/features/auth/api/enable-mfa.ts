import { routes } from '@onestop/contracts/client'
import { useMutation } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'

export const useEnableMfa = () =>
  useMutation({ mutationFn: (code: string) => apiCall(routes.enableMfa, { body: { code } }) })
