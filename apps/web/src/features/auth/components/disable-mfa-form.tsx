import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useDisableMfa } from '../api/disable-mfa'

export const DisableMfaForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation()
  const disable = useDisableMfa()
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : t('validation.required')) },
  })
  const submit = form.onSubmit(({ password }) =>
    disable.mutate(password, {
      onSuccess: () => {
        notifySuccess(t('account.mfaDisabled'))
        onDone()
      },
      onError: (error) => {
        if (!applyFormErrors(form, error)) notifyError(error, t)
      },
    }),
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('account.disableIntro')}</Text>
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          data-autofocus
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('account.keepMfa')}
          </Button>
          <Button type="submit" color="red" loading={disable.isPending}>
            {t('account.disableMfa')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
