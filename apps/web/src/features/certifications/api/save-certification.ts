import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { certificationsKeys } from '../../../reference/certification-keys'

export type CreateCertificationInput = RouteBody<typeof routes.createCertification>
export type UpdateCertificationInput = RouteBody<typeof routes.updateCertification>

const useRefreshCertifications = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: certificationsKeys.all })
}

export const useCreateCertification = () => {
  const refresh = useRefreshCertifications()
  return useMutation({
    mutationFn: (body: CreateCertificationInput) => apiCall(routes.createCertification, { body }),
    onSuccess: refresh,
  })
}

/** Corrections and revocations send the version read as If-Match: a concurrent change is refused (412). */
export const useUpdateCertification = (certificationId: string) => {
  const refresh = useRefreshCertifications()
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateCertificationInput }) =>
      apiCall(routes.updateCertification, { params: { certificationId }, body, headers: ifMatch(version) }),
    onSuccess: refresh,
  })
}

export const useRevokeCertification = (certificationId: string) => {
  const refresh = useRefreshCertifications()
  return useMutation({
    mutationFn: ({ version, reason }: { version: number; reason: string }) =>
      apiCall(routes.revokeCertification, {
        params: { certificationId },
        body: { reason },
        headers: ifMatch(version),
      }),
    onSuccess: refresh,
  })
}
