import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useResetUserPassword } from '../api/reset-user-password'
import { MIN_PASSWORD_LENGTH, validatePassword } from './user-validation'

export const ResetPasswordButton = ({ userId, name }: { userId: string; name: string }) => {
  const { t } = useTranslation()
  const reset = useResetUserPassword(userId)
  const [opened, modal] = useDisclosure(false)
  const form = useForm({ initialValues: { password: '' }, validate: { password: validatePassword(t) } })

  const close = () => {
    form.reset()
    modal.close()
  }
  const submit = form.onSubmit(({ password }) =>
    reset.mutate(password, {
      onSuccess: () => {
        notifySuccess(t('users.passwordReset', { name }))
        close()
      },
      onError: (error) => {
        if (!applyFormErrors(form, error)) notifyError(error, t)
      },
    }),
  )

  return (
    <>
      <Button variant="light" onClick={modal.open}>
        {t('users.resetPassword')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('users.resetPassword')} centered>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('users.resetPasswordMessage', { name })}</Text>
            <PasswordInput
              label={t('users.fields.newPassword')}
              description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              required
              data-autofocus
              {...form.getInputProps('password')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('users.keepPassword')}
              </Button>
              <Button type="submit" color="red" loading={reset.isPending}>
                {t('users.resetPassword')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
