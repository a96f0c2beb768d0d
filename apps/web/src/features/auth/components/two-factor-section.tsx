import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useCurrentUser } from '../../../lib/session-store'
import { reloadMe } from '../api/reload-me'
import { DisableMfaForm } from './disable-mfa-form'
import { MfaEnrolment } from './mfa-enrolment'

export const TwoFactorSection = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [enrolling, setEnrolling] = useState(false)
  const [disableOpen, disableModal] = useDisclosure(false)

  const finishEnrolment = async () => {
    setEnrolling(false)
    try {
      await reloadMe()
      notifySuccess(t('auth.account.mfaEnabled'))
    } catch (error) {
      notifyError(error, t)
    }
  }

  if (enrolling) return <MfaEnrolment onDone={finishEnrolment} onCancel={() => setEnrolling(false)} />

  return (
    <Stack>
      <Group>
        <Text>{t('auth.account.mfaStatus')}</Text>
        <Badge color={user.mfaEnabled ? 'teal' : 'gray'}>
          {user.mfaEnabled ? t('auth.account.mfaOn') : t('auth.account.mfaOff')}
        </Badge>
      </Group>
      {user.mfaRequired ? (
        <Text size="sm" c="dimmed">
          {t('auth.account.mfaRequired')}
        </Text>
      ) : null}
      {user.mfaEnabled ? (
        user.mfaRequired ? null : (
          <Button variant="light" color="red" w="fit-content" onClick={disableModal.open}>
            {t('auth.account.disableMfa')}
          </Button>
        )
      ) : (
        <Button w="fit-content" onClick={() => setEnrolling(true)}>
          {t('auth.account.enableMfa')}
        </Button>
      )}
      <GuardedModal
        opened={disableOpen}
        onClose={disableModal.close}
        title={t('auth.account.disableMfa')}
        centered
      >
        <DisableMfaForm onDone={disableModal.close} />
      </GuardedModal>
    </Stack>
  )
}
