import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import type { TeamMember } from '@onestop/contracts'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDay } from '../../../lib/format'
import { useCasePlan } from '../api/get-case-plan'
import { GoalForm } from './goal-form'
import { PlanReviews } from './plan-reviews'
import { GoalStatusBadge, LateBadge } from './records-labels'
import { ReviewForm } from './review-form'

type Dialog = { kind: 'goal'; goalId?: string } | { kind: 'review' } | null

export const PlanTab = ({
  familyId,
  canManage,
  team,
  children,
}: {
  familyId: string
  canManage: boolean
  team: readonly TeamMember[]
  /** Sections other areas add under the plan (service packages). */
  children?: ReactNode
}) => {
  const { t, i18n } = useTranslation()
  const plan = useCasePlan(familyId)
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = () => setDialog(null)

  return (
    <SectionShell query={plan}>
      {(data) => {
        const { goals, nextReviewOn, reviewOverdue } = data
        const openGoals = goals.filter((g) => g.status === 'open')
        // Read from the plan each time, so that reloading it after someone else's change edits the new version.
        const editedGoal = dialog?.kind === 'goal' ? goals.find((g) => g.id === dialog.goalId) : undefined

        return (
          <Stack>
            <Group gap="sm">
              <Text fw={600}>
                {nextReviewOn
                  ? t('families.plan.nextReview', { date: formatDay(nextReviewOn, i18n.language) })
                  : t('families.plan.noNextReview')}
              </Text>
              {reviewOverdue ? <LateBadge label={t('families.plan.reviewOverdue')} /> : null}
            </Group>
            {canManage ? (
              <Group>
                <Button onClick={() => setDialog({ kind: 'goal' })}>{t('families.plan.addGoal')}</Button>
                <Button variant="light" onClick={() => setDialog({ kind: 'review' })}>
                  {t('families.plan.recordReview')}
                </Button>
              </Group>
            ) : (
              <Alert color="gray">{t('families.manageOnly')}</Alert>
            )}
            <Title order={2} size="h4">
              {t('families.plan.goals')}
            </Title>
            {goals.length === 0 ? (
              <EmptyState title={t('families.plan.noGoals')} />
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('families.plan.area')}</Table.Th>
                      <Table.Th scope="col">{t('families.plan.description')}</Table.Th>
                      <Table.Th scope="col">{t('families.plan.responsible')}</Table.Th>
                      <Table.Th scope="col">{t('families.plan.targetDate')}</Table.Th>
                      <Table.Th scope="col">{t('families.plan.status')}</Table.Th>
                      <Table.Th scope="col">{t('families.plan.lastProgress')}</Table.Th>
                      {canManage ? <Table.Th scope="col">{t('families.member.actions')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {goals.map((goal) => (
                      <Table.Tr key={goal.id}>
                        <Table.Td>{t(`families.areas.${goal.area}`)}</Table.Td>
                        <Table.Td style={plainTextStyle}>{goal.description}</Table.Td>
                        <Table.Td>{goal.responsible.name}</Table.Td>
                        <Table.Td>
                          <Stack gap={4} align="flex-start">
                            {formatDay(goal.targetDate, i18n.language)}
                            {goal.overdue ? <LateBadge label={t('families.plan.overdue')} /> : null}
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <GoalStatusBadge status={goal.status} />
                        </Table.Td>
                        <Table.Td style={plainTextStyle}>{goal.lastProgress ?? '—'}</Table.Td>
                        {canManage ? (
                          <Table.Td>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`${t('families.plan.editGoal')}: ${goal.description}`}
                              onClick={() => setDialog({ kind: 'goal', goalId: goal.id })}
                            >
                              {t('families.plan.editGoal')}
                            </Button>
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Title order={2} size="h4">
              {t('families.plan.reviews')}
            </Title>
            <PlanReviews plan={data} />
            {children}
            <GuardedModal
              opened={dialog !== null}
              onClose={close}
              size="lg"
              title={
                dialog?.kind === 'review'
                  ? t('families.plan.reviewTitle')
                  : editedGoal
                    ? t('families.plan.editGoalTitle')
                    : t('families.plan.goalTitle')
              }
            >
              {dialog?.kind === 'goal' ? (
                <GoalForm familyId={familyId} team={team} goal={editedGoal} onDone={close} />
              ) : null}
              {dialog?.kind === 'review' ? (
                <ReviewForm familyId={familyId} openGoals={openGoals} onDone={close} />
              ) : null}
            </GuardedModal>
          </Stack>
        )
      }}
    </SectionShell>
  )
}
