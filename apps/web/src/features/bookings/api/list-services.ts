import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { apiCall } from '../../../lib/api-client'
import { serviceName } from '../components/service-name'

/** The whole catalogue, retired services too (one page of 100 holds a centre's catalogue). */
export const listServicesOptions = () =>
  queryOptions({
    queryKey: ['services', {}] as const,
    queryFn: ({ signal }) => apiCall(routes.listServices, { query: { limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

/**
 * Names services in the reader's language. The API names a booked service in Lithuanian; that name stays
 * the answer until the catalogue has loaded, or for a service not in it.
 */
export const useServiceNames = () => {
  const { i18n } = useTranslation()
  const services = useQuery(listServicesOptions())
  const items = services.data?.items
  return useCallback(
    (serviceId: string | null, fallback: string | null): string | null => {
      const service = serviceId ? items?.find((s) => s.id === serviceId) : undefined
      return service ? serviceName(service, i18n.language) : fallback
    },
    [items, i18n.language],
  )
}
