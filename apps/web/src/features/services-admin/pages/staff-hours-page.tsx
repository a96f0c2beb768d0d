import { Paper, Select, Stack, Text, Title } from '@mantine/core'
import { routes } from '@onestop/contracts/client'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { bothQueries } from '../../../components/ui/section-query'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'
import { useSites } from '../../../reference/sites'
import { useColleagues } from '../../../reference/staff'
import { useWorkingHours } from '../api/working-hours'
import { AbsencesPanel } from '../components/absences-panel'
import { WorkingHoursEditor } from '../components/working-hours-editor'
import { WorkingHoursTable } from '../components/working-hours-table'

/**
 * A staff member's weekly hours and absences. Staff read their own; admins and coordinators read and edit
 * anyone's in their organisation, and may switch to another colleague here.
 */
export const StaffHoursPage = () => {
  const { t } = useTranslation()
  const { userId = '' } = useParams()
  const navigate = useNavigate()
  const user = useCurrentUser()
  const editable = may(user, routes.replaceWorkingHours)
  const colleagues = useColleagues(user.organisationId)
  const hours = useWorkingHours(userId)
  const sites = useSites()
  const name =
    userId === user.id
      ? user.name
      : (colleagues.data?.items.find((person) => person.id === userId)?.name ?? '')

  return (
    <Stack gap={0}>
      <PageHeader
        title={name ? t('servicesAdmin.hours.pageTitleOf', { name }) : t('servicesAdmin.hours.pageTitle')}
      />
      {editable ? (
        <Select
          label={t('servicesAdmin.hours.staffMember')}
          searchable
          allowDeselect={false}
          w={320}
          mb="md"
          value={userId}
          data={(colleagues.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }))}
          onChange={(id) => id && void navigate(`/staff/${id}/hours`)}
        />
      ) : null}
      <Stack>
        <Paper withBorder p="lg" component="section" aria-labelledby="hours-heading">
          <Title order={2} size="h4" mb="xs" id="hours-heading">
            {t('servicesAdmin.hours.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t(editable ? 'servicesAdmin.hours.introEditor' : 'servicesAdmin.hours.introReader')}
          </Text>
          {editable ? (
            <SectionShell query={bothQueries(hours, sites)}>
              {([data, siteList]) => <WorkingHoursEditor key={userId} hours={data} sites={siteList.items} />}
            </SectionShell>
          ) : (
            <SectionShell query={hours}>{(data) => <WorkingHoursTable hours={data} />}</SectionShell>
          )}
        </Paper>
        {hours.isError ? null : (
          <Paper withBorder p="lg" component="section" aria-labelledby="absences-heading">
            <Title order={2} size="h4" mb="md" id="absences-heading">
              {t('servicesAdmin.absences.title')}
            </Title>
            <AbsencesPanel key={userId} userId={userId} editable={editable} />
          </Paper>
        )}
      </Stack>
    </Stack>
  )
}
