import { EXPIRING_WITHIN_DAYS } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { certificationsKeys } from '../../../reference/certification-keys'

export const listExpiringCertificationsOptions = (days: number) =>
  queryOptions({
    queryKey: certificationsKeys.expiring(days),
    queryFn: ({ signal }) => apiCall(routes.listExpiringCertifications, { query: { days }, signal }),
  })

export const useExpiringCertifications = (days = EXPIRING_WITHIN_DAYS) =>
  useQuery(listExpiringCertificationsOptions(days))
