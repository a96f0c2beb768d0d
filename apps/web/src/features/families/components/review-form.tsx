import { Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { GOAL_STATUSES, type Goal, type GoalStatus } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { todayInVilnius } from '../../../lib/format'
import { type CreateReviewInput, useCreateReview } from '../api/create-review'
import { applyFamilyFieldErrors, required, validatePastDate } from './family-validation'
import {
  PastDateConfirmation,
  pastDatesToConfirm,
  validatePastConfirmation,
  validatePlannedDate,
} from './planned-date'

interface ReviewValues {
  reviewedOn: string
  nextReviewOn: string
  /** The past next-review date the user confirmed; empty until they do. */
  confirmedDate: string
  familyViews: string
  childViews: string
  effectiveness: string
  goals: { goalId: string; progress: string; status: string | null }[]
}

const isGoalStatus = (value: string | null): value is GoalStatus =>
  GOAL_STATUSES.includes(value as GoalStatus)

const optional = (text: string) => (text.trim() ? text.trim() : undefined)

/** Records a plan review: the views of the family and the child, and progress on every open goal. */
export const ReviewForm = ({
  familyId,
  openGoals,
  onDone,
}: {
  familyId: string
  openGoals: readonly Goal[]
  onDone: () => void
}) => {
  const { t, i18n } = useTranslation()
  const create = useCreateReview(familyId)
  const form = useForm<ReviewValues>({
    initialValues: {
      reviewedOn: todayInVilnius(),
      nextReviewOn: '',
      confirmedDate: '',
      familyViews: '',
      childViews: '',
      effectiveness: '',
      goals: openGoals.map((g) => ({ goalId: g.id, progress: '', status: 'open' })),
    },
    validate: {
      reviewedOn: validatePastDate(t),
      nextReviewOn: (value, values) =>
        validatePlannedDate(t, i18n.language)(value) ??
        (value <= values.reviewedOn ? t('families.plan.nextReviewAfter') : null),
      confirmedDate: (value, values) =>
        validatePastConfirmation(t, value, pastDatesToConfirm([values.nextReviewOn])),
      goals: { progress: required(t), status: required(t) },
    },
  })
  const submit = (values: ReviewValues) => {
    const familyViews = optional(values.familyViews)
    const childViews = optional(values.childViews)
    const effectiveness = optional(values.effectiveness)
    const body: CreateReviewInput = {
      reviewedOn: values.reviewedOn,
      nextReviewOn: values.nextReviewOn,
      ...(pastDatesToConfirm([values.nextReviewOn]).length > 0 ? { pastDateConfirmed: true } : {}),
      ...(familyViews ? { familyViews } : {}),
      ...(childViews ? { childViews } : {}),
      ...(effectiveness ? { effectiveness } : {}),
      goals: values.goals.flatMap((g) =>
        isGoalStatus(g.status) ? [{ goalId: g.goalId, progress: g.progress.trim(), status: g.status }] : [],
      ),
    }
    return create.mutateAsync(body)
  }
  const statusOptions = GOAL_STATUSES.map((s) => ({ value: s, label: t(`families.goalStatuses.${s}`) }))

  return (
    <FormShell
      form={form}
      submit={submit}
      // A draft belongs to the goals open when it was written: progress is recorded per goal, by position.
      draftKey={`review:${familyId}:${openGoals.map((g) => g.id).join(',')}`}
      successMessage={t('families.plan.reviewSaved')}
      onSaved={onDone}
      onCancel={onDone}
      onRefused={applyFamilyFieldErrors}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('families.plan.reviewedOn')}
          required
          max={todayInVilnius()}
          {...form.getInputProps('reviewedOn')}
        />
        <TextInput
          type="date"
          label={t('families.plan.nextReviewOn')}
          description={t('families.plan.nextReviewHint')}
          required
          {...form.getInputProps('nextReviewOn')}
        />
      </SimpleGrid>
      <PastDateConfirmation
        dates={pastDatesToConfirm([form.values.nextReviewOn])}
        confirmedDate={form.values.confirmedDate}
        error={form.errors.confirmedDate}
        onConfirm={(confirmed) => form.setFieldValue('confirmedDate', confirmed)}
      />
      <Textarea
        label={t('families.plan.familyViews')}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('familyViews')}
      />
      <Textarea
        label={t('families.plan.childViews')}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('childViews')}
      />
      <Textarea
        label={t('families.plan.effectiveness')}
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('effectiveness')}
      />
      <Fieldset legend={t('families.plan.openGoals')}>
        {openGoals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('families.plan.noOpenGoals')}
          </Text>
        ) : (
          <Stack>
            {openGoals.map((goal, index) => (
              <Stack key={goal.id} gap={4}>
                <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
                  {t(`families.areas.${goal.area}`)}: {goal.description}
                </Text>
                <Group align="flex-start" wrap="wrap">
                  <Textarea
                    label={t('families.plan.progress')}
                    required
                    autosize
                    maxLength={2000}
                    style={{ flex: '3 1 260px' }}
                    {...form.getInputProps(`goals.${index}.progress`)}
                  />
                  <Select
                    label={t('families.plan.status')}
                    required
                    allowDeselect={false}
                    data={statusOptions}
                    style={{ flex: '1 1 160px' }}
                    {...form.getInputProps(`goals.${index}.status`)}
                  />
                </Group>
              </Stack>
            ))}
          </Stack>
        )}
      </Fieldset>
    </FormShell>
  )
}
