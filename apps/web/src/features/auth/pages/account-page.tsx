import { Anchor, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { useCurrentUser } from '../../../lib/session-store'
import { ChangePasswordForm } from '../components/change-password-form'
import { TwoFactorSection } from '../components/two-factor-section'

/** The signed-in user's own settings; `children` are further sections other areas add (the app composes them). */
export const AccountPage = ({ children }: { children?: ReactNode }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  return (
    <Stack>
      <PageHeader title={t('auth.account.title')} />
      <Paper withBorder p="lg">
        <Text fw={600}>{user.name}</Text>
        <Text c="dimmed">{user.email}</Text>
        <Anchor component={Link} to={`/staff/${user.id}/hours`} size="sm">
          {t('auth.account.myHours')}
        </Anchor>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="password-heading">
        <Title order={2} size="h4" mb="md" id="password-heading">
          {t('auth.account.changePassword')}
        </Title>
        <ChangePasswordForm />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="mfa-heading">
        <Title order={2} size="h4" mb="md" id="mfa-heading">
          {t('auth.account.twoFactor')}
        </Title>
        <TwoFactorSection />
      </Paper>
      {children}
    </Stack>
  )
}
