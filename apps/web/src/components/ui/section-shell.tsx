import { Button, Center, Paper, Stack } from '@mantine/core'
import type { InfiniteData } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, type EmptyStateProps } from './empty-state'
import { ErrorBlock } from './error-block'
import { LoadingBlock } from './loading-block'
import type { SectionQuery } from './section-query'

interface SectionEmpty<TData> extends EmptyStateProps {
  /** When the loaded data counts as nothing to show. */
  when: (data: TData) => boolean
}

/**
 * The one way a tab, card or list shows what a query loads: a named loading state, the error with a retry,
 * the empty state, and otherwise its children given the data.
 */
export const SectionShell = <TData,>({
  query,
  empty,
  loadingRows = false,
  compact = false,
  loadingLabel,
  children,
}: {
  query: SectionQuery<TData>
  empty?: SectionEmpty<TData>
  /** Placeholder rows instead of a spinner, where a table will appear. */
  loadingRows?: boolean
  /** A small spinner, for a card. */
  compact?: boolean
  /** Names the wait when "Loading" says too little (e.g. "Searching for free time…"). */
  loadingLabel?: string
  children: (data: TData) => ReactNode
}) => {
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => void query.refetch()} />
  if (query.isPending || query.data === undefined)
    return <LoadingBlock rows={loadingRows} compact={compact} label={loadingLabel} />
  if (empty?.when(query.data))
    return <EmptyState title={empty.title} hint={empty.hint} action={empty.action} />
  return children(query.data)
}

/** What a paged list needs of its infinite query. */
export interface PagedQuery<TPage> extends SectionQuery<InfiniteData<TPage>> {
  isFetching: boolean
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => unknown
}

/**
 * A paged list in the section shell: the pages' items flattened for the children, empty when there are none,
 * and "load more" while the server has more. `framed` puts it on a bordered sheet, as the list pages do.
 */
export const PagedSection = <TPage, TItem>({
  query,
  items,
  empty,
  framed = false,
  children,
}: {
  query: PagedQuery<TPage>
  items: (page: TPage) => readonly TItem[]
  empty: EmptyStateProps
  framed?: boolean
  children: (items: TItem[]) => ReactNode
}) => {
  const { t } = useTranslation()
  const all = query.data?.pages.flatMap(items) ?? []
  const body = (
    <>
      <SectionShell query={query} loadingRows={framed} empty={{ ...empty, when: () => all.length === 0 }}>
        {() => children(all)}
      </SectionShell>
      {query.hasNextPage ? (
        <Center mt="md">
          <Button
            variant="default"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      ) : null}
    </>
  )
  return framed ? (
    <Paper withBorder p="sm" aria-busy={query.isFetching}>
      {body}
    </Paper>
  ) : (
    <Stack gap={0} aria-busy={query.isFetching}>
      {body}
    </Stack>
  )
}
