import { Button, Stack } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedResults } from '../../../components/ui/paged-results'
import type { UserFilters } from '../api/keys'
import { useUsers } from '../api/list-users'
import { UsersFilters, type UsersFilterValues } from '../components/users-filters'
import { UsersTable } from '../components/users-table'

const toQuery = ({ q, role, active }: UsersFilterValues): UserFilters => ({
  ...(q.trim() ? { q: q.trim() } : {}),
  ...(role ? { role } : {}),
  ...(active === 'all' ? {} : { active: active === 'active' }),
})

export const UsersPage = () => {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<UsersFilterValues>({ q: '', role: null, active: 'all' })
  const [debounced] = useDebouncedValue(filters, 300)
  const users = useUsers(toQuery(debounced))
  const items = users.data?.pages.flatMap((page) => page.items) ?? []

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
      <PagedResults
        query={users}
        count={items.length}
        empty={<EmptyState title={t('users.empty')}>{t('users.emptyHint')}</EmptyState>}
      >
        <UsersTable users={items} />
      </PagedResults>
    </Stack>
  )
}
