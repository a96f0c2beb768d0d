import { Button, Center, Paper, Skeleton, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBlock } from './error-block'

/** What a paged list needs of its infinite query. */
interface PagedQuery {
  isPending: boolean
  isError: boolean
  error: unknown
  isFetching: boolean
  hasNextPage: boolean
  isFetchingNextPage: boolean
  refetch: () => unknown
  fetchNextPage: () => unknown
}

/** The frame of a paged list: a skeleton while loading, the error with a retry, the empty state, "load more". */
export const PagedResults = ({
  query,
  count,
  empty,
  children,
}: {
  query: PagedQuery
  count: number
  empty: ReactNode
  children: ReactNode
}) => {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="sm" aria-busy={query.isFetching}>
      {query.isPending ? (
        <Stack gap="xs" role="status" aria-label={t('common.loading')}>
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} height={32} />
          ))}
        </Stack>
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => void query.refetch()} />
      ) : count === 0 ? (
        empty
      ) : (
        children
      )}
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
    </Paper>
  )
}
