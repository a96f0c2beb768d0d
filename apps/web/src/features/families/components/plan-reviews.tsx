import { Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { RouteResult } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'
import { useTranslation } from 'react-i18next'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { formatDay } from '../../../lib/format'
import { GoalStatusBadge } from './records-labels'

type CasePlan = RouteResult<typeof routes.getCasePlan>
type Review = CasePlan['reviews'][number]

const Labelled = ({ label, text }: { label: string; text: string | null }) =>
  text ? (
    <Text size="sm" style={plainTextStyle}>
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      {text}
    </Text>
  ) : null

/** Reviews of the plan, newest first, with the family's and the child's own views. */
export const PlanReviews = ({ plan }: { plan: CasePlan }) => {
  const { t, i18n } = useTranslation()
  const goalText = new Map(plan.goals.map((g) => [g.id, g.description]))
  if (plan.reviews.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('families.plan.noReviews')}
      </Text>
    )
  return (
    <Stack>
      {plan.reviews.map((review: Review) => (
        <Paper key={review.id} withBorder p="md" component="article">
          <Title order={4} size="h6" mb={4}>
            {t('families.plan.reviewBy', {
              date: formatDay(review.reviewedOn, i18n.language),
              name: review.author.name,
            })}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('families.plan.nextReview', { date: formatDay(review.nextReviewOn, i18n.language) })}
          </Text>
          <Labelled label={t('families.plan.familyViews')} text={review.familyViews} />
          <Labelled label={t('families.plan.childViews')} text={review.childViews} />
          <Labelled label={t('families.plan.effectiveness')} text={review.effectiveness} />
          {review.goals.length > 0 ? (
            <Table mt="xs" withTableBorder>
              <Table.Caption>{t('families.plan.goalsReviewed')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('families.plan.description')}</Table.Th>
                  <Table.Th scope="col">{t('families.plan.progress')}</Table.Th>
                  <Table.Th scope="col">{t('families.plan.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.goals.map((g) => (
                  <Table.Tr key={g.goalId}>
                    <Table.Td style={plainTextStyle}>{goalText.get(g.goalId) ?? '—'}</Table.Td>
                    <Table.Td style={plainTextStyle}>{g.progress}</Table.Td>
                    <Table.Td>
                      <GoalStatusBadge status={g.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Paper>
      ))}
    </Stack>
  )
}
