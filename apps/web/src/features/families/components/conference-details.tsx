import { List, Stack, Text } from '@mantine/core'
import type { Conference } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { formatDateTime, formatDay } from '../../../lib/format'

/** Everything recorded of a conference, read-only. */
export const ConferenceDetails = ({ conference }: { conference: Conference }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack gap="xs">
      <Text fw={600}>{formatDateTime(conference.heldAt, i18n.language)}</Text>
      <Text size="sm" style={plainTextStyle}>
        <Text span fw={600}>
          {t('families.conferences.agenda')}:{' '}
        </Text>
        {conference.agenda}
      </Text>
      <Text size="sm" style={plainTextStyle}>
        <Text span fw={600}>
          {t('families.conferences.decisions')}:{' '}
        </Text>
        {conference.decisions ?? t('families.conferences.noDecisions')}
      </Text>
      <Text size="sm" fw={600}>
        {t('families.conferences.participants')}
      </Text>
      <List size="sm">
        {conference.participants.map((p, i) => (
          <List.Item key={`${p.kind}-${p.userId ?? p.personId ?? i}`}>
            {p.name}
            {p.organisation ? ` (${p.organisation})` : ''} · {t(`families.conferences.kinds.${p.kind}`)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" fw={600}>
        {t('families.conferences.steps')}
      </Text>
      {conference.steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('families.conferences.noSteps')}
        </Text>
      ) : (
        <List size="sm">
          {conference.steps.map((s) => (
            <List.Item key={s.id} style={plainTextStyle}>
              {[s.description, s.responsible?.name, s.dueOn ? formatDay(s.dueOn, i18n.language) : null]
                .filter(Boolean)
                .join(' · ')}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="dimmed">
        {t('families.conferences.recordedBy', { name: conference.recordedBy.name })}
      </Text>
    </Stack>
  )
}
