import { Anchor, Stack, Tabs } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ErrorBlock } from '../../../components/ui/error-block'
import { LoadingBlock } from '../../../components/ui/loading-block'
import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../../../lib/session-store'
import { useCaseTeam } from '../api/get-case-team'
import { useFamily } from '../api/get-family'
import { DetailsTab } from '../components/details-tab'
import { FamilyHeader } from '../components/family-header'
import { MembersTab } from '../components/members-tab'
import { NoAccess } from '../components/no-access'
import { BREAK_GLASS_ROLES, hasAnyRole, mayChangeTeam, mayManageFamily } from '../components/roles'
import { StatusActions } from '../components/status-actions'
import { TeamTab } from '../components/team-tab'

export const FamilyPage = () => {
  const { t } = useTranslation()
  const { familyId = '' } = useParams()
  const user = useCurrentUser()
  const family = useFamily(familyId)
  const team = useCaseTeam(familyId)
  // A malformed id is a 400: for the reader it is the same as a family that is not there.
  const teamIds = team.data?.items.map((member) => member.userId) ?? []
  const canManage = family.data ? mayManageFamily(user, family.data, teamIds) : false
  const notFound = family.isError && isApiError(family.error) && [400, 404].includes(family.error.status)

  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/families" size="sm" mb="xs">
        {t('families.backToList')}
      </Anchor>
      {family.isPending ? (
        <LoadingBlock />
      ) : notFound ? (
        <NoAccess familyId={familyId} mayBreakGlass={hasAnyRole(user.roles, BREAK_GLASS_ROLES)} />
      ) : family.isError ? (
        <ErrorBlock error={family.error} onRetry={() => void family.refetch()} />
      ) : (
        <>
          <FamilyHeader family={family.data} />
          <Tabs defaultValue="members" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="members">{t('families.page.tabs.members')}</Tabs.Tab>
              <Tabs.Tab value="team">{t('families.page.tabs.team')}</Tabs.Tab>
              <Tabs.Tab value="details">{t('families.page.tabs.details')}</Tabs.Tab>
              <Tabs.Tab value="status">{t('families.page.tabs.status')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="members">
              <MembersTab family={family.data} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="team">
              <TeamTab family={family.data} team={team} canChange={mayChangeTeam(user, family.data)} />
            </Tabs.Panel>
            <Tabs.Panel value="details">
              <DetailsTab key={family.data.version} family={family.data} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="status">
              <StatusActions family={family.data} canManage={canManage} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  )
}
