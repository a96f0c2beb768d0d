import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { LanguageSwitch } from '../../../components/ui/language-switch'
import { LoadingBlock } from '../../../components/ui/loading-block'
import { useSession } from '../../../lib/session-store'
import { SignInForm } from '../components/sign-in-form'

const fromOf = (state: unknown): string => {
  const from = typeof state === 'object' && state !== null ? (state as { from?: unknown }).from : undefined
  return typeof from === 'string' && from.startsWith('/') && from !== '/sign-in' ? from : '/'
}

export const SignInPage = () => {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const navigate = useNavigate()
  const target = fromOf(location.state)

  if (session.status === 'loading') return <LoadingBlock fullPage />
  if (session.status === 'signed-in') return <Navigate to={target} replace />

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1} size="h2">
                {t('app.name')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('auth.signInTitle')}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          <SignInForm onSignedIn={() => navigate(target, { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  )
}
