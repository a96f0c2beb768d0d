import { Group, Progress, Text } from '@mantine/core'
import type { GroupRunSummary } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

/** Places taken of the capacity, as a bar, with the waitlist beside it. */
export const Places = ({
  run,
}: {
  run: Pick<GroupRunSummary, 'enrolledCount' | 'capacity' | 'waitlistedCount'>
}) => {
  const { t } = useTranslation()
  const full = run.enrolledCount >= run.capacity
  const label = t('groups.run.places', { enrolled: run.enrolledCount, capacity: run.capacity })
  return (
    <Group gap="sm" wrap="nowrap">
      <Progress
        value={(run.enrolledCount / run.capacity) * 100}
        color={full ? 'orange' : 'teal'}
        size="lg"
        w={200}
        aria-label={label}
      />
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {run.waitlistedCount > 0 ? (
        <Text size="sm" c="orange">
          {t('groups.run.waitlisted', { n: run.waitlistedCount })}
        </Text>
      ) : null}
    </Group>
  )
}
