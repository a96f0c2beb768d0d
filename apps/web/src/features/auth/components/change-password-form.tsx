import { Button, PasswordInput, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifyError, notifySuccess } from '../../../lib/notify'
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

  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset()
          notifySuccess(t('account.passwordChanged'))
        },
        onError: (error) => {
          if (!applyFormErrors(form, error)) notifyError(error, t)
        },
      },
    ),
  )

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={400}>
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  )
}
