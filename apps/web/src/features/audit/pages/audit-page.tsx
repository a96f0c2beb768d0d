import { Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { AUDIT_OUTCOMES } from '@onestop/contracts'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { vilniusDayStart } from '../../../lib/format'
import { day, maybeOneOf, text, token, UUID_PATTERN, useSearchState } from '../../../lib/use-search-state'
import { type AuditFilters as AuditQuery, useAuditEntries } from '../api/list-audit'
import { AuditFilters, type AuditFilterValues } from '../components/audit-filters'
import { AuditTable } from '../components/audit-table'
import { isFamilyReference } from '../components/family-filter'

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

// The actor's name rides along with the id so a shared link shows whom it is filtered by before any lookup.
const SEARCH = {
  actorId: token(UUID_PATTERN),
  actorName: text(400),
  family: text(20),
  area: token(/^[a-z][a-z_-]{0,39}$/),
  outcome: maybeOneOf(AUDIT_OUTCOMES),
  from: day,
  to: day,
}

export const AuditPage = () => {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchState(SEARCH)
  // One object per address, not per render: the debounce below restarts whenever it gets a new one.
  const filters = useMemo<AuditFilterValues>(
    () => ({
      actor: search.actorId ? { id: search.actorId, name: search.actorName || search.actorId } : null,
      familyReference: search.family,
      area: search.area,
      outcome: search.outcome,
      from: search.from,
      to: search.to,
    }),
    [search],
  )
  const setFilters = ({ actor, familyReference, area, outcome, from, to }: AuditFilterValues) =>
    setSearch({
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? '',
      family: familyReference,
      area,
      outcome,
      from,
      to,
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
