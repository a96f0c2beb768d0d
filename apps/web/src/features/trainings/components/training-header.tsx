import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import type { Training } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatWhen } from '../../../lib/times'

/** What, when, where and by whom: the facts of a training above its participants. */
export const TrainingHeader = ({ training }: { training: Training }) => {
  const { t, i18n } = useTranslation()
  const trainers = [
    ...training.trainers.map((s) => s.name),
    ...training.outsideTrainers.map((o) => `${o.name} (${o.organisation})`),
  ]
  return (
    <Stack gap="xs" mb="md">
      <Group gap="sm">
        <Title order={1}>{training.title}</Title>
        <Badge color={training.status === 'cancelled' ? 'gray' : 'blue'}>
          {t(`trainings.statuses.${training.status}`)}
        </Badge>
      </Group>
      <Text>
        {training.methodology.name} · {t(`trainings.kinds.${training.kind}`)}
      </Text>
      <Text size="sm">{t('trainings.event.trainers', { names: trainers.join(', ') })}</Text>
      <Text size="sm">
        {t('trainings.event.place', {
          room: training.roomName ?? t('trainings.event.noRoom'),
          enrolled: training.enrolledCount,
          capacity: training.capacity,
        })}
      </Text>
      {training.cancelReason ? (
        <Text size="sm" c="dimmed">
          {t('trainings.event.cancelReason', { reason: training.cancelReason })}
        </Text>
      ) : null}
      <Stack gap={0} component="ul" style={{ paddingLeft: '1rem', margin: 0 }}>
        {training.sessions.map((s) => (
          <Text component="li" size="sm" key={s.id}>
            {formatWhen(s.startsAt, s.endsAt, i18n.language)}
          </Text>
        ))}
      </Stack>
    </Stack>
  )
}
