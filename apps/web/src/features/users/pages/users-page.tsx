import { Button, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { ROLES } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { maybeOneOf, oneOf, type SearchField, text, useSearchState } from '../../../lib/use-search-state'
import type { UserFilters } from '../api/keys'
import { useUsers } from '../api/list-users'
import { UsersFilters, type UsersFilterValues } from '../components/users-filters'
import { UsersTable } from '../components/users-table'

const toQuery = ({ q, role, active }: UsersFilterValues): UserFilters => ({
  ...(q.trim() ? { q: q.trim() } : {}),
  ...(role ? { role } : {}),
  ...(active === 'all' ? {} : { active: active === 'active' }),
})

const FILTER_STATE = {
  q: text(),
  role: maybeOneOf(ROLES),
  active: oneOf(['all', 'active', 'inactive'], 'all'),
} satisfies { [K in keyof UsersFilterValues]: SearchField<UsersFilterValues[K]> }

export const UsersPage = () => {
  const { t } = useTranslation()
  const [filters, setFilters] = useSearchState(FILTER_STATE)
  const [debounced] = useDebouncedValue(filters, 300)
  const users = useUsers(toQuery(debounced))

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button component={Link} to="/users/new">
            {t('users.new')}
          </Button>
        }
      />
      <UsersFilters value={filters} onChange={setFilters} />
      <PagedSection
        framed
        query={users}
        items={(page) => page.items}
        empty={{ title: t('users.empty'), hint: t('users.emptyHint') }}
      >
        {(items) => <UsersTable users={items} />}
      </PagedSection>
    </Stack>
  )
}
