import { Anchor, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { useUser } from '../api/get-user'
import { ActiveSwitch } from '../components/active-switch'
import { EditUserForm } from '../components/edit-user-form'
import { SecurityActions } from '../components/security-actions'

export const EditUserPage = () => {
  const { t, i18n } = useTranslation()
  const { userId = '' } = useParams()
  const user = useUser(userId)

  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/users" size="sm" mb="xs">
        {t('users.backToList')}
      </Anchor>
      <SectionShell query={user}>
        {(data) => (
          <Stack>
            <PageHeader title={data.name} />
            <Text size="sm" c="dimmed">
              {data.organisationName}
              {data.lockedUntil
                ? ` · ${t('users.lockedUntil', { time: formatDateTime(data.lockedUntil, i18n.language) })}`
                : ''}
            </Text>
            <Paper withBorder p="lg">
              <EditUserForm key={data.id} user={data} />
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="access-heading">
              <Title order={2} size="h4" mb="md" id="access-heading">
                {t('users.access')}
              </Title>
              <Stack>
                <ActiveSwitch user={data} />
                <SecurityActions user={data} />
              </Stack>
            </Paper>
          </Stack>
        )}
      </SectionShell>
    </Stack>
  )
}
