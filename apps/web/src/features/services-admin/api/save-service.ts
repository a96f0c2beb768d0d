import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { servicesKeys } from '../../../reference/services'

export type CreateServiceInput = RouteBody<typeof routes.createService>
export type UpdateServiceInput = RouteBody<typeof routes.updateService>

const useRefreshServices = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: servicesKeys.all })
}

export const useCreateService = () => {
  const refresh = useRefreshServices()
  return useMutation({
    mutationFn: (body: CreateServiceInput) => apiCall(routes.createService, { body }),
    onSuccess: refresh,
  })
}

/** Sends the version the editor read as If-Match, so a concurrent edit is refused (412), never overwritten. */
export const useUpdateService = () => {
  const refresh = useRefreshServices()
  return useMutation({
    mutationFn: ({
      serviceId,
      version,
      body,
    }: {
      serviceId: string
      version: number
      body: UpdateServiceInput
    }) => apiCall(routes.updateService, { params: { serviceId }, body, headers: ifMatch(version) }),
    onSuccess: refresh,
  })
}
