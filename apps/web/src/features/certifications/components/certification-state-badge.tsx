import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type CertificationState, STATE_COLOURS } from './certification-state'

export const CertificationStateBadge = ({ state }: { state: CertificationState }) => {
  const { t } = useTranslation()
  return (
    <Badge color={STATE_COLOURS[state]} variant="light">
      {t(`certifications.states.${state}`)}
    </Badge>
  )
}
