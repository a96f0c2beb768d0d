import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import type { Family } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDay } from '../../../lib/format'
import { OverdueBadge, StatusBadge } from './status-badge'

export const FamilyHeader = ({ family }: { family: Family }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack gap="xs" mb="lg">
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {family.referenceCode}
        </Title>
        <StatusBadge status={family.status} />
        {family.firstAssessmentOverdue ? <OverdueBadge /> : null}
      </Group>
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          <Text span c="dimmed">
            {t('families.page.caseManager')}:{' '}
          </Text>
          {family.caseManager?.name ?? t('families.noCaseManager')}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            {t('families.page.opened')}:{' '}
          </Text>
          {formatDate(family.openedAt, i18n.language)}
        </Text>
        {family.firstAssessmentDue && !family.firstAssessmentOverdue ? (
          <Badge variant="outline" color="orange">
            {t('families.dueOn', { date: formatDay(family.firstAssessmentDue, i18n.language) })}
          </Badge>
        ) : null}
        {family.firstAssessmentDue && family.firstAssessmentOverdue ? (
          <Text size="sm" c="red">
            {t('families.dueOn', { date: formatDay(family.firstAssessmentDue, i18n.language) })}
          </Text>
        ) : null}
        {family.memberNames.length > 0 ? <Text size="sm">{family.memberNames.join(', ')}</Text> : null}
      </Group>
    </Stack>
  )
}
