import { Button, Stack } from '@mantine/core'
import { GROUP_RUN_STATUSES } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { useCurrentUser } from '../../../lib/session-store'
import {
  flag,
  INSTANT_PATTERN,
  maybeOneOf,
  type SearchField,
  token,
  UUID_PATTERN,
  useSearchState,
} from '../../../lib/use-search-state'
import type { GroupRunFilters } from '../api/keys'
import { useGroupRuns } from '../api/list-group-runs'
import { type GroupRunFilterValues, GroupRunsFilters } from '../components/group-runs-filters'
import { GroupRunsTable } from '../components/group-runs-table'
import { mayOrganise } from '../components/roles'

const toQuery = (values: GroupRunFilterValues, userId: string): GroupRunFilters => ({
  ...(values.status ? { status: values.status } : {}),
  ...(values.serviceId ? { serviceId: values.serviceId } : {}),
  ...(values.upcomingFrom ? { from: values.upcomingFrom } : {}),
  ...(values.mine ? { facilitatorId: userId } : {}),
})

const FILTER_STATE = {
  status: maybeOneOf(GROUP_RUN_STATUSES),
  serviceId: token(UUID_PATTERN),
  upcomingFrom: token(INSTANT_PATTERN),
  mine: flag,
} satisfies { [K in keyof GroupRunFilterValues]: SearchField<GroupRunFilterValues[K]> }

export const GroupsPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [filters, setFilters] = useSearchState(FILTER_STATE)
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
