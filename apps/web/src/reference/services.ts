import type { RouteQuery, Service } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { apiCall } from '../lib/api-client'

export type ServiceFilters = Pick<
  NonNullable<RouteQuery<typeof routes.listServices>>,
  'q' | 'mode' | 'active'
>

/** The catalogue: pickers and the catalogue page read it under one root, so a change refreshes them all. */
export const servicesKeys = {
  all: ['services'] as const,
  list: (filters: ServiceFilters) => [...servicesKeys.all, 'list', filters] as const,
  catalogue: (filters: ServiceFilters) => [...servicesKeys.all, 'catalogue', filters] as const,
}

/** Services matching the filters (one page of 100 holds a centre's catalogue). */
const servicesOptions = (filters: ServiceFilters) =>
  queryOptions({
    queryKey: servicesKeys.list(filters),
    queryFn: ({ signal }) => apiCall(routes.listServices, { query: { ...filters, limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useServices = (filters: ServiceFilters) => useQuery(servicesOptions(filters))

/** A service's name in the reader's language. */
export const serviceName = (service: Pick<Service, 'nameLt' | 'nameEn'>, language: string) =>
  language === 'en' ? service.nameEn : service.nameLt

/**
 * Names services in the reader's language. The API names a booked service in Lithuanian; that name stays
 * the answer until the whole catalogue (retired services too) has loaded, or for a service not in it.
 */
export const useServiceNames = () => {
  const { i18n } = useTranslation()
  const services = useServices({})
  const items = services.data?.items
  return useCallback(
    (serviceId: string | null, fallback: string | null): string | null => {
      const service = serviceId ? items?.find((s) => s.id === serviceId) : undefined
      return service ? serviceName(service, i18n.language) : fallback
    },
    [items, i18n.language],
  )
}
