import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDate, formatDateTime, formatDay } from '../../../lib/format'
import { useCaseAttention } from '../api/get-case-attention'

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const

/**
 * For the home page: families still waiting for a case manager (for coordinators and admins), overdue plan
 * reviews of your families, overdue goals you are responsible for, and your families that missed three
 * appointments in a row.
 */
export const AttentionCard = () => {
  const { t, i18n } = useTranslation()
  const attention = useCaseAttention()
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attention-heading">
      <Title order={2} size="h4" id="attention-heading" mb="sm">
        {t('families.home.attention')}
      </Title>
      <SectionShell
        compact
        query={attention}
        empty={{
          when: (data) =>
            data.overdueReviews.length +
              data.overdueGoals.length +
              data.repeatedNoShows.length +
              data.unassignedFamilies.length ===
            0,
          title: t('families.home.nothing'),
        }}
      >
        {({
          overdueReviews: reviews,
          overdueGoals: goals,
          repeatedNoShows: noShows,
          unassignedFamilies: unassigned,
        }) => (
          <Stack gap="sm">
            {unassigned.length > 0 ? (
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('families.home.noCaseManager')}
                </Title>
                <Stack gap={4} component="ul" style={listStyle}>
                  {unassigned.map((f) => (
                    <Group key={f.familyId} component="li" gap="xs">
                      <Anchor component={Link} to={`/families/${f.familyId}`} fw={600}>
                        {f.referenceCode}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {t('families.home.openedOn', { date: formatDate(f.openedAt, i18n.language) })}
                      </Text>
                      <Anchor
                        component={Link}
                        to={`/families/${f.familyId}?tab=team`}
                        size="sm"
                        aria-label={`${t('families.home.assignCaseManager')}: ${f.referenceCode}`}
                      >
                        {t('families.home.assignCaseManager')}
                      </Anchor>
                    </Group>
                  ))}
                </Stack>
              </div>
            ) : null}
            {reviews.length > 0 ? (
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('families.home.overdueReviews')}
                </Title>
                <Stack gap={4} component="ul" style={listStyle}>
                  {reviews.map((r) => (
                    <Group key={r.familyId} component="li" gap="xs">
                      <Anchor component={Link} to={`/families/${r.familyId}`} fw={600}>
                        {r.referenceCode}
                      </Anchor>
                      <Text size="sm" c="red">
                        {t('families.home.reviewDue', { date: formatDay(r.nextReviewOn, i18n.language) })}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </div>
            ) : null}
            {goals.length > 0 ? (
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('families.home.overdueGoals')}
                </Title>
                <Stack gap={4} component="ul" style={listStyle}>
                  {goals.map((g) => (
                    <Group key={g.goalId} component="li" gap="xs" wrap="nowrap" align="flex-start">
                      <Anchor component={Link} to={`/families/${g.familyId}`} fw={600}>
                        {g.referenceCode}
                      </Anchor>
                      <Text size="sm" lineClamp={2} style={plainTextStyle}>
                        {g.description}
                      </Text>
                      <Text size="sm" c="red" style={{ whiteSpace: 'nowrap' }}>
                        {t('families.home.goalDue', { date: formatDay(g.targetDate, i18n.language) })}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </div>
            ) : null}
            {noShows.length > 0 ? (
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('families.attention.repeatedNoShows')}
                </Title>
                <Stack gap={4} component="ul" style={listStyle}>
                  {noShows.map((f) => (
                    <Group key={f.familyId} component="li" gap="xs">
                      <Anchor component={Link} to={`/families/${f.familyId}`} fw={600}>
                        {f.referenceCode}
                      </Anchor>
                      <Text size="sm" c="red">
                        {t('families.attention.lastMissed', {
                          when: formatDateTime(f.lastMissedAt, i18n.language),
                        })}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </div>
            ) : null}
          </Stack>
        )}
      </SectionShell>
    </Paper>
  )
}
