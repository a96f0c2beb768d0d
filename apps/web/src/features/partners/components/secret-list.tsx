import { List, Text } from '@mantine/core'
import type { ApiClient } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime } from '../../../lib/format'
import { relativeTime } from './relative-time'

/** The client's working secrets by hint: the current one, and a rotated-out one with when it stops. */
export const SecretList = ({ secrets, now }: { secrets: ApiClient['secrets']; now: Date }) => {
  const { t, i18n } = useTranslation()
  if (secrets.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('partners.noSecrets')}
      </Text>
    )
  // The current secret first; the API lists them oldest first.
  const ordered = [...secrets].sort((a, b) => Number(a.expiresAt !== null) - Number(b.expiresAt !== null))
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {ordered.map((secret) => (
        <List.Item key={secret.id}>
          {secret.expiresAt ? (
            <Text span size="sm" c="orange.9">
              {t('partners.secretExpiring', {
                hint: secret.hint,
                when: relativeTime(secret.expiresAt, now, i18n.language),
                date: formatDateTime(secret.expiresAt, i18n.language),
              })}
            </Text>
          ) : (
            t('partners.secretCurrent', {
              hint: secret.hint,
              date: formatDate(secret.createdAt, i18n.language),
            })
          )}
        </List.Item>
      ))}
    </List>
  )
}
