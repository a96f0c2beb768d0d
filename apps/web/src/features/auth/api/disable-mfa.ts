import { routes } from '@onestop/contracts/client'
import { useMutation } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { reloadMe } from './reload-me'

export const useDisableMfa = () =>
  useMutation({
    mutationFn: (password: string) => apiCall(routes.disableMfa, { body: { password } }),
    onSuccess: () => reloadMe(),
  })
