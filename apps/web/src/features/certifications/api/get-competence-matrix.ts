import { routes } from '@onestop/contracts/client'
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { certificationsKeys, type MatrixFilters } from '../../../reference/certification-keys'

export const getCompetenceMatrixOptions = (filters: MatrixFilters) =>
  queryOptions({
    queryKey: certificationsKeys.matrix(filters),
    queryFn: ({ signal }) => apiCall(routes.getCompetenceMatrix, { query: filters, signal }),
  })

/** Keeps the last matrix on screen while another filter's loads. */
export const useCompetenceMatrix = (filters: MatrixFilters) =>
  useQuery({ ...getCompetenceMatrixOptions(filters), placeholderData: keepPreviousData })
