import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core'
import type { ApiClientWithSecret } from '@onestop/contracts'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** A value to hand over, with a button that copies it and says so. */
const CopyableValue = ({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) => {
  const { t } = useTranslation()
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {value}
      </Code>
      <Group justify="flex-end">
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              size="xs"
              onClick={copy}
            >
              {copied ? t('partners.secret.copied') : copyLabel}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  )
}

/**
 * Shows a client's id and its new secret once: the secret is never stored, so the modal closes only once
 * the admin confirms having copied it (no Escape, no click outside, no corner close).
 */
export const SecretModal = ({
  issued,
  kind,
  onClose,
}: {
  issued: ApiClientWithSecret | null
  kind: 'issued' | 'rotated'
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const secret = issued?.clientSecret
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new secret asks for a new confirmation.
  useEffect(() => setCopied(false), [secret])
  return (
    <Modal
      opened={issued !== null}
      onClose={() => (copied ? onClose() : undefined)}
      title={t(kind === 'issued' ? 'partners.secret.issuedTitle' : 'partners.secret.rotatedTitle')}
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
      size="lg"
    >
      {issued ? (
        <Stack>
          <Text size="sm">
            {t('partners.secret.clientLabel')}: <strong>{issued.client.name}</strong> (
            {issued.client.partnerOrganisation.name})
          </Text>
          <Alert color="orange" variant="light" title={t('partners.secret.warningTitle')} role="alert">
            {t('partners.secret.warning')}
          </Alert>
          <CopyableValue
            label={t('partners.secret.clientId')}
            value={issued.client.clientId}
            copyLabel={t('partners.secret.copyClientId')}
          />
          <CopyableValue
            label={t('partners.secret.clientSecret')}
            value={issued.clientSecret}
            copyLabel={t('partners.secret.copySecret')}
          />
          <Checkbox
            label={t('partners.secret.confirm')}
            checked={copied}
            onChange={(event) => setCopied(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button onClick={onClose} disabled={!copied}>
              {t('partners.secret.close')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
