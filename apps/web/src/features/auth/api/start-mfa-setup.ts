import { routes } from '@onestop/contracts/client'
import { useMutation } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'

export const useStartMfaSetup = () => useMutation({ mutationFn: () => apiCall(routes.startMfaSetup) })
