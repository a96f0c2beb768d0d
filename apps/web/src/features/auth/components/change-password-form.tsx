import { PasswordInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { MIN_PASSWORD_LENGTH } from '../../../lib/validation'
import { useChangePassword } from '../api/change-password'

export const ChangePasswordForm = () => {
  const { t } = useTranslation()
  const change = useChangePassword()
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('validation.required')),
      newPassword: (value) =>
        value.length >= MIN_PASSWORD_LENGTH
          ? null
          : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
      confirmPassword: (value, values) =>
        value === values.newPassword ? null : t('validation.passwordsMatch'),
    },
  })

  return (
    <FormShell
      form={form}
      submit={({ currentPassword, newPassword }) => change.mutateAsync({ currentPassword, newPassword })}
      successMessage={t('auth.account.passwordChanged')}
      clearOnSave
      submitLabel={t('auth.account.changePassword')}
      maw={400}
    >
      <PasswordInput
        label={t('auth.account.currentPassword')}
        autoComplete="current-password"
        required
        {...form.getInputProps('currentPassword')}
      />
      <PasswordInput
        label={t('auth.account.newPassword')}
        description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        required
        {...form.getInputProps('newPassword')}
      />
      <PasswordInput
        label={t('auth.account.confirmPassword')}
        autoComplete="new-password"
        required
        {...form.getInputProps('confirmPassword')}
      />
    </FormShell>
  )
}
