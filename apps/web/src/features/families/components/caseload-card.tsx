import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorBlock } from '../../../components/ui/error-block'
import { useCurrentUser } from '../../../lib/session-store'
import { useFamilies } from '../../../reference/families'
import { OverdueBadge, StatusBadge } from './status-badge'

/** A case manager's active and intake families, for the home page; nothing for other roles. */
export const CaseloadCard = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const isCaseManager = user.roles.includes('case_manager')
  const active = useFamilies({ caseManagerId: user.id, status: 'active' }, isCaseManager)
  const intake = useFamilies({ caseManagerId: user.id, status: 'intake' }, isCaseManager)
  if (!isCaseManager) return null

  const items = [...(intake.data?.pages[0]?.items ?? []), ...(active.data?.pages[0]?.items ?? [])]
  const error = active.error ?? intake.error
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="caseload-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="caseload-heading">
          {t('families.caseload.title')}
        </Title>
        <Anchor component={Link} to="/families" size="sm">
          {t('families.caseload.all')}
        </Anchor>
      </Group>
      {active.isPending || intake.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : error ? (
        <ErrorBlock error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('families.caseload.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((family) => (
            <Group key={family.id} component="li" gap="sm" wrap="wrap">
              <Anchor component={Link} to={`/families/${family.id}`} fw={600}>
                {family.referenceCode}
              </Anchor>
              <Text size="sm">{family.memberNames.join(', ') || '—'}</Text>
              <StatusBadge status={family.status} />
              {family.firstAssessmentOverdue ? <OverdueBadge /> : null}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
