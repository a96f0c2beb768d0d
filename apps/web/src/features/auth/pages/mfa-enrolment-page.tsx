import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate } from 'react-router'
import { LanguageSwitch } from '../../../components/ui/language-switch'
import { LoadingBlock } from '../../../components/ui/loading-block'
import { refreshSession } from '../../../lib/api-client'
import { notifyError } from '../../../lib/notify'
import { useSession } from '../../../lib/session-store'
import { MfaEnrolment } from '../components/mfa-enrolment'
import { SignOutButton } from '../components/sign-out-button'

/** Users whose roles require two-factor sign-in land here until they have enrolled. */
export const MfaEnrolmentPage = () => {
  const { t } = useTranslation()
  const session = useSession()
  const navigate = useNavigate()
  const [finishing, setFinishing] = useState(false)

  if (session.status === 'loading') return <LoadingBlock fullPage />
  if (session.status === 'signed-out') return <Navigate to="/sign-in" replace />
  if (!session.mfaSetupRequired && !finishing) return <Navigate to="/" replace />

  const finish = async () => {
    setFinishing(true)
    try {
      // The enrolment token reaches only the enrolment operations: exchange it for a full one.
      await refreshSession()
      navigate('/', { replace: true })
    } catch (error) {
      notifyError(error, t)
      setFinishing(false)
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={520}>
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Title order={1} size="h2">
              {t('auth.mfa.setupTitle')}
            </Title>
            <LanguageSwitch />
          </Group>
          <Alert color="blue">{t('auth.mfa.required', { name: session.user.name })}</Alert>
          {finishing ? <LoadingBlock /> : <MfaEnrolment onDone={finish} />}
          <Text size="xs" c="dimmed">
            {t('auth.mfa.signOutHint')}
          </Text>
          <Group justify="flex-end">
            <SignOutButton />
          </Group>
        </Stack>
      </Paper>
    </Center>
  )
}
