import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { todayInVilnius, vilniusDayStart } from '../../../lib/format'
import { day, token, UUID_PATTERN, useSearchState } from '../../../lib/use-search-state'
import { useServiceNames } from '../../../reference/services'
import { type DeliveredFilters as Filters, useDeliveredServices } from '../api/list-delivered-services'
import { DeliveredFilters, type DeliveredFilterValues } from '../components/delivered-filters'
import { DeliveredTable } from '../components/delivered-table'

/** The first day of the month: the list opens on this month's deliveries. */
const monthStart = (today: string) => `${today.slice(0, 8)}01`

const toFilters = ({ period: [from, to], serviceId }: DeliveredFilterValues): Filters => ({
  ...(from ? { from: vilniusDayStart(from) } : {}),
  ...(to ? { to: vilniusDayStart(to, true) } : {}),
  ...(serviceId ? { serviceId } : {}),
})

/** Delivered services, one row per person and delivery: what projects and indicators count. */
const SEARCH = { from: day, to: day, serviceId: token(UUID_PATTERN) }

export const DeliveredServicesPage = () => {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchState(SEARCH)
  // This month until a period is chosen; a period being picked has its start only.
  const today = todayInVilnius()
  const filters: DeliveredFilterValues = {
    period: search.from || search.to ? [search.from || null, search.to || null] : [monthStart(today), today],
    serviceId: search.serviceId,
  }
  const setFilters = ({ period: [from, to], serviceId }: DeliveredFilterValues) =>
    setSearch({ from: from ?? '', to: to ?? '', serviceId })
  const delivered = useDeliveredServices(toFilters(filters))
  const names = useServiceNames()

  return (
    <Stack gap={0}>
      <PageHeader title={t('reports.delivered.title')} />
      <Text c="dimmed" size="sm" mb="md">
        {t('reports.delivered.intro')}
      </Text>
      <DeliveredFilters value={filters} onChange={setFilters} />
      <PagedSection
        framed
        query={delivered}
        items={(page) => page.items}
        empty={{ title: t('reports.delivered.empty'), hint: t('reports.delivered.emptyHint') }}
      >
        {(rows) => <DeliveredTable rows={rows} nameOf={(id, fallback) => names(id, fallback) ?? fallback} />}
      </PagedSection>
    </Stack>
  )
}
