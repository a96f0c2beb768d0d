import { Button, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { FAMILY_STATUSES, RISK_FACTORS } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'
import { day, flag, maybeOneOf, type SearchField, text, useSearchState } from '../../../lib/use-search-state'
import { useFamilies } from '../../../reference/families'
import type { FamilyFilters } from '../../../reference/family-keys'
import { FamiliesFilters, type FamiliesFilterValues } from '../components/families-filters'
import { FamiliesTable } from '../components/families-table'

const toQuery = (values: FamiliesFilterValues, userId: string): FamilyFilters => ({
  ...(values.q.trim() ? { q: values.q.trim().slice(0, 100) } : {}),
  ...(values.status ? { status: values.status } : {}),
  ...(values.riskFactor ? { riskFactor: values.riskFactor } : {}),
  ...(values.municipality.trim() ? { municipality: values.municipality.trim() } : {}),
  ...(values.openedFrom ? { openedFrom: values.openedFrom } : {}),
  ...(values.openedTo ? { openedTo: values.openedTo } : {}),
  ...(values.mine ? { caseManagerId: userId } : {}),
})

const FILTER_STATE = {
  q: text(),
  status: maybeOneOf(FAMILY_STATUSES),
  riskFactor: maybeOneOf(RISK_FACTORS),
  municipality: text(),
  openedFrom: day,
  openedTo: day,
  mine: flag,
} satisfies { [K in keyof FamiliesFilterValues]: SearchField<FamiliesFilterValues[K]> }

export const FamiliesPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [filters, setFilters] = useSearchState(FILTER_STATE)
  const [debounced] = useDebouncedValue(filters, 300)
  const families = useFamilies(toQuery(debounced, user.id))
  const mayTakeIn = may(user, routes.intakeFamily)

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('families.title')}
        actions={
          mayTakeIn ? (
            <Button component={Link} to="/families/new">
              {t('families.new')}
            </Button>
          ) : null
        }
      />
      <FamiliesFilters value={filters} onChange={setFilters} showMine={user.roles.includes('case_manager')} />
      <PagedSection
        framed
        query={families}
        items={(page) => page.items}
        empty={{ title: t('families.empty'), hint: t('families.emptyHint') }}
      >
        {(items) => <FamiliesTable families={items} />}
      </PagedSection>
    </Stack>
  )
}
