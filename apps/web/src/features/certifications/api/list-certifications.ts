import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type CertificationFilters, certificationsKeys } from '../../../reference/certification-keys'

export const listCertificationsOptions = (filters: CertificationFilters) =>
  queryOptions({
    queryKey: certificationsKeys.list(filters),
    queryFn: ({ signal }) => apiCall(routes.listCertifications, { query: filters, signal }),
  })

export const useCertifications = (filters: CertificationFilters, enabled = true) =>
  useQuery({ ...listCertificationsOptions(filters), enabled })
