import { Alert, Anchor, Stack, Tabs } from '@mantine/core'
import type { Family } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../../../lib/session-store'
import { oneOf, useSearchState } from '../../../lib/use-search-state'
import { useCaseTeam } from '../api/get-case-team'
import { useFamily } from '../api/get-family'
import { AssessmentTab } from '../components/assessment-tab'
import { ConferencesTab } from '../components/conferences-tab'
import { ConsentsTab } from '../components/consents-tab'
import { DetailsTab } from '../components/details-tab'
import { FamilyHeader } from '../components/family-header'
import { MembersTab } from '../components/members-tab'
import { NoAccess } from '../components/no-access'
import { NotesTab } from '../components/notes-tab'
import { PlanTab } from '../components/plan-tab'
import { isPartnerOf, mayChangeTeam, mayManageFamily, mayReferFamily } from '../components/roles'
import { StatusActions } from '../components/status-actions'
import { TeamTab } from '../components/team-tab'
import { TimelineTab } from '../components/timeline-tab'

/** What other areas add to a family's page; the app composes them, so this area imports none of theirs. */
export interface FamilyAreas {
  /** The family's appointments, as a tab. */
  Bookings: ComponentType<{ family: Family }>
  /** The family's service packages, under the case plan. */
  ServicePackages: ComponentType<{ familyId: string; canManage: boolean }>
  /** Which members are in temporary accommodation now, under the header. */
  Accommodation: ComponentType<{ familyId: string }>
  /** The referrals the family came by and those sent for it to other organisations, as a tab. */
  Referrals: ComponentType<{ family: Family; canRefer: boolean }>
}

const FAMILY_TABS = [
  'members',
  'team',
  'assessment',
  'plan',
  'bookings',
  'conferences',
  'notes',
  'consents',
  'referrals',
  'timeline',
  'details',
  'status',
] as const

/** The open tab is in the URL (`?tab=team`), replacing the entry: Back leaves the family, not the last tab. */
const TAB_STATE = { tab: oneOf(FAMILY_TABS, 'members') }

export const FamilyPage = ({ areas }: { areas: FamilyAreas }) => {
  const { t } = useTranslation()
  const { familyId = '' } = useParams()
  const [{ tab }, setState] = useSearchState(TAB_STATE)
  const user = useCurrentUser()
  const family = useFamily(familyId)
  const team = useCaseTeam(familyId)
  // A malformed id is a 400: for the reader it is the same as a family that is not there.
  const teamIds = team.data?.items.map((member) => member.userId) ?? []
  const canManage = family.data ? mayManageFamily(user, family.data, teamIds) : false
  // Assessments and notes are for the case team as well as those who manage (the API's 'contribute').
  const canContribute = canManage || teamIds.includes(user.id)
  const teamMembers = team.data?.items ?? []
  const notFound = family.isError && isApiError(family.error) && [400, 404].includes(family.error.status)

  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/families" size="sm" mb="xs">
        {t('families.backToList')}
      </Anchor>
      {notFound ? (
        <NoAccess familyId={familyId} mayBreakGlass={may(user, routes.breakGlass)} />
      ) : (
        <SectionShell query={family}>
          {(data) => (
            <>
              <FamilyHeader family={data} />
              <areas.Accommodation familyId={familyId} />
              {isPartnerOf(user, data) ? (
                <Alert color="grape" mb="md" role="note">
                  {t('families.page.partnerNotice')}
                </Alert>
              ) : null}
              <Tabs
                value={tab}
                onChange={(value) => setState({ tab: TAB_STATE.tab.read(value) })}
                keepMounted={false}
              >
                <Tabs.List mb="md">
                  <Tabs.Tab value="members">{t('families.page.tabs.members')}</Tabs.Tab>
                  <Tabs.Tab value="team">{t('families.page.tabs.team')}</Tabs.Tab>
                  <Tabs.Tab value="assessment">{t('families.recordTabs.assessment')}</Tabs.Tab>
                  <Tabs.Tab value="plan">{t('families.recordTabs.plan')}</Tabs.Tab>
                  <Tabs.Tab value="bookings">{t('families.page.tabs.bookings')}</Tabs.Tab>
                  <Tabs.Tab value="conferences">{t('families.recordTabs.conferences')}</Tabs.Tab>
                  <Tabs.Tab value="notes">{t('families.recordTabs.notes')}</Tabs.Tab>
                  <Tabs.Tab value="consents">{t('families.recordTabs.consents')}</Tabs.Tab>
                  <Tabs.Tab value="referrals">{t('families.page.tabs.referrals')}</Tabs.Tab>
                  <Tabs.Tab value="timeline">{t('families.recordTabs.timeline')}</Tabs.Tab>
                  <Tabs.Tab value="details">{t('families.page.tabs.details')}</Tabs.Tab>
                  <Tabs.Tab value="status">{t('families.page.tabs.status')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="members">
                  <MembersTab family={data} canManage={canManage} />
                </Tabs.Panel>
                <Tabs.Panel value="team">
                  <TeamTab family={data} team={team} canChange={mayChangeTeam(user, data)} />
                </Tabs.Panel>
                <Tabs.Panel value="assessment">
                  <AssessmentTab familyId={familyId} canContribute={canContribute} />
                </Tabs.Panel>
                <Tabs.Panel value="plan">
                  <PlanTab familyId={familyId} canManage={canManage} team={teamMembers}>
                    <areas.ServicePackages familyId={familyId} canManage={canManage} />
                  </PlanTab>
                </Tabs.Panel>
                <Tabs.Panel value="bookings">
                  <areas.Bookings family={data} />
                </Tabs.Panel>
                <Tabs.Panel value="conferences">
                  <ConferencesTab familyId={familyId} canManage={canManage} team={teamMembers} />
                </Tabs.Panel>
                <Tabs.Panel value="notes">
                  <NotesTab familyId={familyId} canContribute={canContribute} />
                </Tabs.Panel>
                <Tabs.Panel value="consents">
                  <ConsentsTab familyId={familyId} canManage={canManage} />
                </Tabs.Panel>
                <Tabs.Panel value="referrals">
                  <areas.Referrals family={data} canRefer={mayReferFamily(user, data)} />
                </Tabs.Panel>
                <Tabs.Panel value="timeline">
                  <TimelineTab familyId={familyId} />
                </Tabs.Panel>
                <Tabs.Panel value="details">
                  <DetailsTab family={data} canManage={canManage} />
                </Tabs.Panel>
                <Tabs.Panel value="status">
                  <StatusActions family={data} canManage={canManage} />
                </Tabs.Panel>
              </Tabs>
            </>
          )}
        </SectionShell>
      )}
    </Stack>
  )
}
