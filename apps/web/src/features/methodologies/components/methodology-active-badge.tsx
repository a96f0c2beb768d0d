import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export const MethodologyActiveBadge = ({ active }: { active: boolean }) => {
  const { t } = useTranslation()
  return (
    <Badge color={active ? 'teal' : 'gray'} variant="light">
      {t(active ? 'methodologies.active' : 'methodologies.retired')}
    </Badge>
  )
}
