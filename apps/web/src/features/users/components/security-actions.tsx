import { Group } from '@mantine/core'
import type { User } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useEndUserSessions } from '../api/end-user-sessions'
import { useResetUserMfa } from '../api/reset-user-mfa'
import { ResetPasswordButton } from './reset-password-button'

export const SecurityActions = ({ user }: { user: Static<typeof User> }) => {
  const { t } = useTranslation()
  const endSessions = useEndUserSessions(user.id)
  const resetMfa = useResetUserMfa(user.id)
  const report = (message: string) => ({
    onSuccess: () => notifySuccess(message),
    onError: (error: unknown) => notifyError(error, t),
  })

  return (
    <Group>
      <ResetPasswordButton userId={user.id} name={user.name} />
      <ConfirmButton
        label={t('users.endSessions')}
        title={t('users.endSessions')}
        message={t('users.endSessionsMessage', { name: user.name })}
        confirmLabel={t('users.endSessions')}
        keepLabel={t('users.keepSessions')}
        loading={endSessions.isPending}
        onConfirm={() =>
          endSessions.mutateAsync(undefined, report(t('users.sessionsEnded', { name: user.name })))
        }
      />
      {user.mfaEnabled ? (
        <ConfirmButton
          label={t('users.resetMfa')}
          title={t('users.resetMfa')}
          message={t('users.resetMfaMessage', { name: user.name })}
          confirmLabel={t('users.resetMfa')}
          keepLabel={t('users.keepMfa')}
          loading={resetMfa.isPending}
          onConfirm={() => resetMfa.mutateAsync(undefined, report(t('users.mfaReset', { name: user.name })))}
        />
      ) : null}
    </Group>
  )
}
