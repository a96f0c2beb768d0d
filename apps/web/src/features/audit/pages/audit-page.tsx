import { Button, Center, Paper, Skeleton, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { ErrorBlock } from '../../../components/ui/error-block'
import { PageHeader } from '../../../components/ui/page-header'
import { vilniusDayStart } from '../../../lib/format'
import { type AuditFilters as AuditQuery, useAuditEntries } from '../api/list-audit'
import { AuditFilters, type AuditFilterValues } from '../components/audit-filters'
import { AuditTable } from '../components/audit-table'

const DAY = /^\d{4}-\d{2}-\d{2}$/

const toQuery = ({ action, outcome, from, to }: AuditFilterValues): AuditQuery => ({
  ...(action.trim() ? { action: action.trim() } : {}),
  ...(outcome ? { outcome } : {}),
  ...(DAY.test(from) ? { from: vilniusDayStart(from) } : {}),
  // The "to" day is inclusive: ask for everything before the next day starts.
  ...(DAY.test(to) ? { to: vilniusDayStart(to, true) } : {}),
})

export const AuditPage = () => {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<AuditFilterValues>({ action: '', outcome: null, from: '', to: '' })
  const [debounced] = useDebouncedValue(filters, 300)
  const audit = useAuditEntries(toQuery(debounced))
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <Stack gap={0}>
      <PageHeader title={t('audit.title')} />
      <AuditFilters value={filters} onChange={setFilters} />
      <Paper withBorder p="sm" aria-busy={audit.isFetching}>
        {audit.isPending ? (
          <Stack gap="xs" aria-label={t('common.loading')}>
            {[0, 1, 2, 3, 4].map((row) => (
              <Skeleton key={row} height={28} />
            ))}
          </Stack>
        ) : audit.isError ? (
          <ErrorBlock error={audit.error} onRetry={() => void audit.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title={t('audit.empty')}>{t('audit.emptyHint')}</EmptyState>
        ) : (
          <AuditTable entries={entries} />
        )}
        {audit.hasNextPage ? (
          <Center mt="md">
            <Button
              variant="default"
              loading={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              {t('common.loadMore')}
            </Button>
          </Center>
        ) : null}
      </Paper>
    </Stack>
  )
}
