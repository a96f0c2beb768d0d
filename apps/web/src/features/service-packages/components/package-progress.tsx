import { Group, Progress, Text, Tooltip } from '@mantine/core'
import type { ServicePackage } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

/** Delivered and scheduled against planned: one bar, delivered first; red when booked past the plan. */
export const PackageProgress = ({ pkg }: { pkg: ServicePackage }) => {
  const { t } = useTranslation()
  const whole = Math.max(pkg.plannedUnits, pkg.delivered + pkg.scheduled)
  const share = (n: number) => (n / whole) * 100
  const label = t('servicePackages.progress', {
    delivered: pkg.delivered,
    scheduled: pkg.scheduled,
    planned: pkg.plannedUnits,
  })
  return (
    <Group gap="sm" wrap="nowrap">
      <Tooltip label={label}>
        <Progress.Root size="lg" w={180} aria-label={label} role="img">
          <Progress.Section value={share(pkg.delivered)} color="teal" />
          <Progress.Section value={share(pkg.scheduled)} color={pkg.remaining < 0 ? 'red' : 'blue'} />
        </Progress.Root>
      </Tooltip>
      <Text size="sm" c={pkg.remaining < 0 ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {pkg.remaining < 0
          ? t('servicePackages.over', { n: -pkg.remaining })
          : t('servicePackages.remaining', { n: pkg.remaining })}
      </Text>
    </Group>
  )
}
