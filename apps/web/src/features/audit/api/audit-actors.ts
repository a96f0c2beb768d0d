import { routes } from '@onestop/contracts/client'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { auditKeys } from './list-audit'

/** Staff of the organisation whose name or e-mail matches, for the audit search's person filter. */
export const useAuditActors = (search: string) =>
  useQuery({
    queryKey: auditKeys.actors(search),
    queryFn: ({ signal }) =>
      apiCall(routes.listUsers, { query: { limit: 20, ...(search ? { q: search } : {}) }, signal }),
    placeholderData: keepPreviousData,
  })
