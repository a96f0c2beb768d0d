import { Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { vilniusDayStart } from '../../../lib/format'
import { type AuditFilters as AuditQuery, useAuditEntries } from '../api/list-audit'
import { AuditFilters, type AuditFilterValues, isFamilyReference } from '../components/audit-filters'
import { AuditTable } from '../components/audit-table'

const DAY = /^\d{4}-\d{2}-\d{2}$/

const toQuery = ({ actor, familyReference, area, outcome, from, to }: AuditFilterValues): AuditQuery => ({
  ...(actor ? { actorId: actor.id } : {}),
  ...(isFamilyReference(familyReference.trim()) ? { familyReference: familyReference.trim() } : {}),
  ...(area ? { action: `${area}.` } : {}),
  ...(outcome ? { outcome } : {}),
  ...(DAY.test(from) ? { from: vilniusDayStart(from) } : {}),
  // The "to" day is inclusive: ask for everything before the next day starts.
  ...(DAY.test(to) ? { to: vilniusDayStart(to, true) } : {}),
})

export const AuditPage = () => {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<AuditFilterValues>({
    actor: null,
    familyReference: '',
    area: null,
    outcome: null,
    from: '',
    to: '',
  })
  const [debounced] = useDebouncedValue(filters, 300)
  const audit = useAuditEntries(toQuery(debounced))

  return (
    <Stack gap={0}>
      <PageHeader title={t('audit.title')} />
      <AuditFilters value={filters} onChange={setFilters} />
      <PagedSection
        framed
        query={audit}
        items={(page) => page.items}
        empty={{ title: t('audit.empty'), hint: t('audit.emptyHint') }}
      >
        {(entries) => <AuditTable entries={entries} />}
      </PagedSection>
    </Stack>
  )
}
