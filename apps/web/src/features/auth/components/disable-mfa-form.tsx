import { PasswordInput, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useDisableMfa } from '../api/disable-mfa'

export const DisableMfaForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation()
  const disable = useDisableMfa()
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : t('validation.required')) },
  })
  return (
    <FormShell
      form={form}
      submit={({ password }) => disable.mutateAsync(password)}
      successMessage={t('auth.account.mfaDisabled')}
      onSaved={onDone}
      onCancel={onDone}
      cancelLabel={t('auth.account.keepMfa')}
      submitLabel={t('auth.account.disableMfa')}
      submitColor="red"
    >
      <Text size="sm">{t('auth.account.disableIntro')}</Text>
      <PasswordInput
        label={t('auth.account.currentPassword')}
        autoComplete="current-password"
        required
        data-autofocus
        {...form.getInputProps('password')}
      />
    </FormShell>
  )
}
