import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { bothQueries } from '../../../components/ui/section-query'
import { SectionShell } from '../../../components/ui/section-shell'
import { useCurrentUser } from '../../../lib/session-store'
import { useFamilies } from '../../../reference/families'
import { OverdueBadge, StatusBadge } from './status-badge'

type FamiliesPages = NonNullable<ReturnType<typeof useFamilies>['data']>

/** The intake families first, then the active ones: the first page of each, as the card has no "more". */
const firstPages = ([intake, active]: [FamiliesPages, FamiliesPages]) => [
  ...(intake.pages[0]?.items ?? []),
  ...(active.pages[0]?.items ?? []),
]

/** A case manager's active and intake families, for the home page; nothing for other roles. */
export const CaseloadCard = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const isCaseManager = user.roles.includes('case_manager')
  const active = useFamilies({ caseManagerId: user.id, status: 'active' }, isCaseManager)
  const intake = useFamilies({ caseManagerId: user.id, status: 'intake' }, isCaseManager)
  if (!isCaseManager) return null

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
      <SectionShell
        compact
        query={bothQueries(intake, active)}
        empty={{ when: (pages) => firstPages(pages).length === 0, title: t('families.caseload.empty') }}
      >
        {(pages) => (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {firstPages(pages).map((family) => (
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
      </SectionShell>
    </Paper>
  )
}
