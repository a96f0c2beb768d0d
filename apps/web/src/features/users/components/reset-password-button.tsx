import { Button, PasswordInput, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { GuardedModal } from '../../../components/ui/guarded-modal'
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

  return (
    <>
      <Button variant="light" onClick={modal.open}>
        {t('users.resetPassword')}
      </Button>
      <GuardedModal opened={opened} onClose={close} title={t('users.resetPassword')} centered>
        <FormShell
          form={form}
          submit={({ password }) => reset.mutateAsync(password)}
          successMessage={t('users.passwordReset', { name })}
          clearOnSave
          onSaved={close}
          onCancel={close}
          cancelLabel={t('users.keepPassword')}
          submitLabel={t('users.resetPassword')}
          submitColor="red"
        >
          <Text size="sm">{t('users.resetPasswordMessage', { name })}</Text>
          <PasswordInput
            label={t('users.fields.newPassword')}
            description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
        </FormShell>
      </GuardedModal>
    </>
  )
}
