import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { certificationsKeys } from '../../../reference/certification-keys'

export const listMyCertificationsOptions = () =>
  queryOptions({
    queryKey: certificationsKeys.mine(),
    queryFn: ({ signal }) => apiCall(routes.listMyCertifications, { signal }),
  })

export const useMyCertifications = () => useQuery(listMyCertificationsOptions())
