import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '../../../components/ui/form-alerts'
import { isApiError } from '../../../lib/api-client'
import { applyFormErrors } from '../../../lib/form-errors'
import { useFormShell } from '../../../lib/form-shell'
import { EMAIL_PATTERN } from '../../../lib/validation'
import { useSignIn } from '../api/sign-in'

export const SignInForm = ({ onSignedIn }: { onSignedIn: () => void }) => {
  const { t } = useTranslation()
  const signIn = useSignIn()
  const [step, setStep] = useState<'credentials' | 'code'>('credentials')
  const form = useForm({
    initialValues: { email: '', password: '', otp: '' },
    validate: {
      email: (value) =>
        !value.trim()
          ? t('validation.required')
          : EMAIL_PATTERN.test(value.trim())
            ? null
            : t('validation.email'),
      password: (value) => (value ? null : t('validation.required')),
      otp: (value) => (step === 'code' && value.trim().length < 6 ? t('validation.code') : null),
    },
  })

  const shell = useFormShell({
    form,
    submit: (values) =>
      signIn.mutateAsync({
        email: values.email.trim(),
        password: values.password,
        ...(step === 'code' ? { otp: values.otp.replace(/\s/g, '') } : {}),
      }),
    onSaved: onSignedIn,
    onRefused: (error) => {
      if (!isApiError(error) || !error.type.endsWith('/mfa-required')) return applyFormErrors(form, error)
      setStep('code')
      return true
    },
  })

  const backToCredentials = () => {
    setStep('credentials')
    form.setFieldValue('otp', '')
  }

  return (
    <form onSubmit={shell.handleSubmit} noValidate>
      <Stack>
        <FormProblem shell={shell} />
        {step === 'credentials' ? (
          <>
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
          </>
        ) : (
          <>
            <Text size="sm">{t('auth.codeIntro')}</Text>
            <TextInput
              label={t('auth.code')}
              description={t('auth.codeHint')}
              autoComplete="one-time-code"
              inputMode="text"
              required
              data-autofocus
              autoFocus
              {...form.getInputProps('otp')}
            />
          </>
        )}
        <Button type="submit" loading={shell.pending}>
          {step === 'code' ? t('auth.verify') : t('auth.signIn')}
        </Button>
        {step === 'code' ? (
          <Button variant="subtle" onClick={backToCredentials}>
            {t('auth.back')}
          </Button>
        ) : null}
      </Stack>
    </form>
  )
}
