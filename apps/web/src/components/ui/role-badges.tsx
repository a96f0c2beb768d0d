import { Badge, Group } from '@mantine/core'
import type { Role } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

export const RoleBadges = ({ roles }: { roles: readonly Role[] }) => {
  const { t } = useTranslation()
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" size="sm">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  )
}
