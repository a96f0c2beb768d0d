import { Button, Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { useCurrentUser } from '../../../lib/session-store'
import type { GroupRunFilters } from '../api/keys'
import { useGroupRuns } from '../api/list-group-runs'
import {
  emptyGroupRunFilters,
  type GroupRunFilterValues,
  GroupRunsFilters,
} from '../components/group-runs-filters'
import { GroupRunsTable } from '../components/group-runs-table'
import { mayOrganise } from '../components/roles'

const toQuery = (values: GroupRunFilterValues, userId: string): GroupRunFilters => ({
  ...(values.status ? { status: values.status } : {}),
  ...(values.serviceId ? { serviceId: values.serviceId } : {}),
  ...(values.upcomingFrom ? { from: values.upcomingFrom } : {}),
  ...(values.mine ? { facilitatorId: userId } : {}),
})

export const GroupsPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [filters, setFilters] = useState<GroupRunFilterValues>(emptyGroupRunFilters)
  const runs = useGroupRuns(toQuery(filters, user.id))

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('groups.title')}
        actions={
          mayOrganise(user) ? (
            <Button component={Link} to="/groups/new">
              {t('groups.new')}
            </Button>
          ) : null
        }
      />
      <GroupRunsFilters value={filters} onChange={setFilters} showMine={user.professions.length > 0} />
      <PagedSection
        framed
        query={runs}
        items={(page) => page.items}
        empty={{ title: t('groups.list.empty'), hint: t('groups.list.emptyHint') }}
      >
        {(items) => <GroupRunsTable runs={items} />}
      </PagedSection>
    </Stack>
  )
}
