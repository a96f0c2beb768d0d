import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import {
  GOAL_STATUSES,
  type Goal,
  type GoalStatus,
  NEEDS_AREAS,
  type NeedsArea,
  type TeamMember,
} from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { familiesKeys } from '../../../reference/family-keys'
import { useCreateGoal } from '../api/create-goal'
import { type UpdateGoalInput, useUpdateGoal } from '../api/update-goal'
import { applyFamilyFieldErrors, required } from './family-validation'
import {
  PastDateConfirmation,
  pastDatesToConfirm,
  validatePastConfirmation,
  validatePlannedDate,
} from './planned-date'

interface GoalValues {
  area: string | null
  description: string
  responsibleId: string | null
  targetDate: string
  /** The past target date the user confirmed; empty until they do. */
  confirmedDate: string
  status: string | null
}

const isArea = (value: string | null): value is NeedsArea => NEEDS_AREAS.includes(value as NeedsArea)
const isGoalStatus = (value: string | null): value is GoalStatus =>
  GOAL_STATUSES.includes(value as GoalStatus)

const goalValues = (goal: Goal | undefined): GoalValues => ({
  area: goal?.area ?? null,
  description: goal?.description ?? '',
  responsibleId: goal?.responsible.id ?? null,
  targetDate: goal?.targetDate ?? '',
  confirmedDate: '',
  status: goal?.status ?? 'open',
})

/** Adds a goal to the plan, or edits `goal` (sending the version it was read at). */
export const GoalForm = ({
  familyId,
  team,
  goal,
  onDone,
}: {
  familyId: string
  team: readonly TeamMember[]
  goal?: Goal
  onDone: () => void
}) => {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const create = useCreateGoal(familyId)
  const update = useUpdateGoal(familyId)
  const pastDatesOf = (values: GoalValues) =>
    pastDatesToConfirm([values.targetDate], [goal?.targetDate ?? null])
  const form = useForm<GoalValues>({
    initialValues: goalValues(goal),
    validate: {
      area: required(t),
      description: required(t),
      responsibleId: required(t),
      targetDate: (value) =>
        value === goal?.targetDate ? null : validatePlannedDate(t, i18n.language)(value),
      confirmedDate: (value, values) => validatePastConfirmation(t, value, pastDatesOf(values)),
    },
  })

  const pastDates = pastDatesOf(form.values)

  const submit = (values: GoalValues) => {
    const pastDateConfirmed = pastDatesOf(values).length > 0
    const description = values.description.trim()
    const responsibleId = values.responsibleId ?? ''
    if (!goal) {
      if (!isArea(values.area)) return undefined
      return create.mutateAsync({
        area: values.area,
        description,
        responsibleId,
        targetDate: values.targetDate,
        ...(pastDateConfirmed ? { pastDateConfirmed } : {}),
      })
    }
    const body: UpdateGoalInput = {
      ...(description !== goal.description ? { description } : {}),
      ...(responsibleId !== goal.responsible.id ? { responsibleId } : {}),
      ...(values.targetDate !== goal.targetDate ? { targetDate: values.targetDate } : {}),
      ...(pastDateConfirmed ? { pastDateConfirmed } : {}),
      ...(isGoalStatus(values.status) && values.status !== goal.status ? { status: values.status } : {}),
    }
    if (Object.keys(body).length === 0) return undefined
    return update.mutateAsync({ goalId: goal.id, version: goal.version, body })
  }

  // Someone responsible who has since left the team still shows, so the form does not silently change them.
  const people = team.map((m) => ({ value: m.userId, label: m.name }))
  if (goal && !people.some((p) => p.value === goal.responsible.id))
    people.push({ value: goal.responsible.id, label: goal.responsible.name })

  return (
    <FormShell
      form={form}
      submit={submit}
      draftKey={`goal:${familyId}:${goal?.id ?? 'new'}`}
      successMessage={t('families.plan.goalSaved')}
      onSaved={onDone}
      onCancel={onDone}
      onRefused={applyFamilyFieldErrors}
      onReload={() => queryClient.invalidateQueries({ queryKey: familiesKeys.plan(familyId) })}
      record={goal && { version: goal.version, values: goalValues(goal) }}
    >
      <Select
        label={t('families.plan.area')}
        required
        disabled={Boolean(goal)}
        allowDeselect={false}
        data={NEEDS_AREAS.map((a) => ({ value: a, label: t(`families.areas.${a}`) }))}
        {...form.getInputProps('area')}
      />
      <Textarea
        label={t('families.plan.description')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        data-autofocus
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('families.plan.responsible')}
          description={t('families.plan.responsibleHint')}
          required
          searchable
          allowDeselect={false}
          data={people}
          {...form.getInputProps('responsibleId')}
        />
        <TextInput
          type="date"
          label={t('families.plan.targetDate')}
          required
          {...form.getInputProps('targetDate')}
        />
      </SimpleGrid>
      <PastDateConfirmation
        dates={pastDates}
        confirmedDate={form.values.confirmedDate}
        error={form.errors.confirmedDate}
        onConfirm={(confirmed) => form.setFieldValue('confirmedDate', confirmed)}
      />
      {goal ? (
        <Select
          label={t('families.plan.status')}
          allowDeselect={false}
          data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`families.goalStatuses.${s}`) }))}
          {...form.getInputProps('status')}
        />
      ) : null}
    </FormShell>
  )
}
