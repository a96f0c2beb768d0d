import { Button, Code, Group, List, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { QRCodeSVG } from 'qrcode.react'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { notifyError } from '../../../lib/notify'
import { useEnableMfa } from '../api/enable-mfa'
import { useStartMfaSetup } from '../api/start-mfa-setup'

/** Enrolment in two-factor sign-in: show a new secret, confirm it with a code, show the recovery codes. */
export const MfaEnrolment = ({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) => {
  const { t } = useTranslation()
  const setup = useStartMfaSetup()
  const enable = useEnableMfa()
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (value) => (/^\d{6}$/.test(value.trim()) ? null : t('validation.sixDigits')) },
  })

  if (enable.data) {
    return (
      <Stack>
        <Text fw={600}>{t('auth.mfa.recoveryTitle')}</Text>
        <Text size="sm">{t('auth.mfa.recoveryIntro')}</Text>
        <List spacing={4} aria-label={t('auth.mfa.recoveryTitle')}>
          {enable.data.recoveryCodes.map((code) => (
            <List.Item key={code}>
              <Code>{code}</Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={onDone}>{t('auth.mfa.recoverySaved')}</Button>
      </Stack>
    )
  }

  if (!setup.data) {
    return (
      <Stack>
        <Text size="sm">{t('auth.mfa.intro')}</Text>
        <Group>
          <Button
            loading={setup.isPending}
            onClick={() => setup.mutate(undefined, { onError: (e) => notifyError(e, t) })}
          >
            {t('auth.mfa.start')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    )
  }

  return (
    <Stack>
      <Text size="sm">{t('auth.mfa.scan')}</Text>
      <QRCodeSVG value={setup.data.otpauthUrl} size={176} title={t('auth.mfa.qrTitle')} marginSize={2} />
      <div>
        <Text size="sm" fw={600}>
          {t('auth.mfa.secret')}
        </Text>
        <Code fz="md">{setup.data.secret}</Code>
      </div>
      <div>
        <Text size="sm" fw={600}>
          {t('auth.mfa.url')}
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {setup.data.otpauthUrl}
        </Code>
      </div>
      <FormShell
        form={form}
        submit={({ code }) => enable.mutateAsync(code.trim())}
        onCancel={onCancel}
        submitLabel={t('auth.mfa.confirm')}
      >
        <TextInput
          label={t('auth.mfa.code')}
          description={t('auth.mfa.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          {...form.getInputProps('code')}
        />
      </FormShell>
    </Stack>
  )
}
