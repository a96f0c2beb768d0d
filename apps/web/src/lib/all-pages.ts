import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { SectionQuery } from '../components/ui/section-query'

interface Page<TItem> {
  items: TItem[]
  nextCursor: string | null
}

/** A list read whole: `data` only once the last page is in, and meanwhile how many items have arrived. */
export interface AllPagesQuery<TItem> extends SectionQuery<{ items: TItem[] }> {
  loaded: number
  loadingMore: boolean
}

/**
 * Reads every page of a cursor-paged list, one after another, for a view that must show the whole set (a
 * bed board, a timeline): nothing is given out from a partial set. A failed page is retried from where it
 * stopped.
 */
export function useAllPages<TItem>({
  queryKey,
  fetchPage,
  enabled = true,
}: {
  queryKey: QueryKey
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<TItem>>
  enabled?: boolean
}): AllPagesQuery<TItem> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam || undefined, signal),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  })
  const { data, hasNextPage, isFetchingNextPage, isError, fetchNextPage, refetch } = query
  const more = hasNextPage && !isError
  useEffect(() => {
    if (more && !isFetchingNextPage) void fetchNextPage()
  }, [more, isFetchingNextPage, fetchNextPage])
  const items = data?.pages.flatMap((page) => page.items) ?? []
  const complete = data !== undefined && !hasNextPage
  return {
    data: complete ? { items } : undefined,
    isPending: !complete && !isError,
    isError,
    error: query.error,
    refetch: () => (data && hasNextPage ? fetchNextPage() : refetch()),
    loaded: items.length,
    loadingMore: data !== undefined && more,
  }
}
