import { Badge, Group } from '@mantine/core'
import type { Bed } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

/** A bed's attributes (child bed, cot, accessible) as small badges; nothing when it has none. */
export const BedBadges = ({ bed }: { bed: Bed }) => {
  const { t } = useTranslation()
  const attributes = (['childBed', 'cot', 'accessible'] as const).filter((attribute) => bed[attribute])
  if (attributes.length === 0) return null
  return (
    <Group gap={4}>
      {attributes.map((attribute) => (
        <Badge key={attribute} size="xs" variant="light" color="gray">
          {t(`accommodation.beds.${attribute}`)}
        </Badge>
      ))}
    </Group>
  )
}
