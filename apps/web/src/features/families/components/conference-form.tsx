import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Conference, Goal, Member, TeamMember } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useSaveConference } from '../api/save-conference'
import {
  type ConferenceValues,
  conferenceBody,
  conferenceValuesOf,
  newExternal,
  newStep,
  pastDueDates,
  validateConference,
} from './conference-values'
import { serverFieldErrors } from './family-validation'
import { PastDateConfirmation } from './planned-date'

/** Records (or, with `conference`, edits) a case conference: who took part, what was decided, next steps. */
export const ConferenceForm = ({
  familyId,
  conference,
  team,
  members,
  goals,
  onDone,
}: {
  familyId: string
  conference?: Conference
  team: readonly TeamMember[]
  members: readonly Member[]
  goals: readonly Goal[]
  onDone: () => void
}) => {
  const { t, i18n } = useTranslation()
  const save = useSaveConference(familyId)
  const form = useForm<ConferenceValues>({
    initialValues: conferenceValuesOf(conference),
    validate: (values) => validateConference(values, t, i18n.language, conference),
  })

  // People recorded before who have since left the team or the family still show, checked.
  const staffOptions = team.map((m) => ({ value: m.userId, label: m.name }))
  const memberOptions = members.map((m) => ({ value: m.personId, label: `${m.givenName} ${m.familyName}` }))
  for (const p of conference?.participants ?? []) {
    if (p.kind === 'staff' && p.userId && !staffOptions.some((o) => o.value === p.userId))
      staffOptions.push({ value: p.userId, label: p.name })
    if (p.kind === 'family_member' && p.personId && !memberOptions.some((o) => o.value === p.personId))
      memberOptions.push({ value: p.personId, label: p.name })
  }
  const goalOptions = goals.map((g) => ({ value: g.id, label: g.description }))
  const responsibleOptions = staffOptions

  // Participants are sent in another shape than the form keeps them: their errors show as the form's problem.
  const placeFieldErrors = (error: unknown) => {
    const errors = Object.fromEntries(
      Object.entries(serverFieldErrors(error)).filter(([path]) => !path.startsWith('participants')),
    )
    if (Object.keys(errors).length > 0) form.setErrors(errors)
    return Object.keys(errors).length > 0
  }

  return (
    <FormShell
      form={form}
      submit={(values) =>
        save.mutateAsync(
          conference
            ? { conferenceId: conference.id, body: conferenceBody(values, conference) }
            : { body: conferenceBody(values) },
        )
      }
      draftKey={`conference:${familyId}:${conference?.id ?? 'new'}`}
      successMessage={t('families.conferences.saved')}
      onSaved={onDone}
      onCancel={onDone}
      onRefused={placeFieldErrors}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="datetime-local"
          label={t('families.conferences.heldAt')}
          required
          data-autofocus
          {...form.getInputProps('heldAt')}
        />
      </SimpleGrid>
      <Textarea
        label={t('families.conferences.agenda')}
        required
        autosize
        minRows={2}
        maxLength={5000}
        {...form.getInputProps('agenda')}
      />
      <Textarea
        label={t('families.conferences.decisions')}
        description={t('families.conferences.decisionsHint')}
        autosize
        minRows={2}
        maxLength={20000}
        {...form.getInputProps('decisions')}
      />
      <Fieldset legend={t('families.conferences.participants')}>
        <Stack>
          {form.errors.participants ? (
            <Text size="sm" c="red" role="alert">
              {form.errors.participants}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Checkbox.Group label={t('families.conferences.staff')} {...form.getInputProps('staffIds')}>
              <Stack gap={6} mt="xs">
                {staffOptions.map((o) => (
                  <Checkbox key={o.value} value={o.value} label={o.label} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Checkbox.Group
              label={t('families.conferences.familyMembers')}
              {...form.getInputProps('personIds')}
            >
              <Stack gap={6} mt="xs">
                {memberOptions.map((o) => (
                  <Checkbox key={o.value} value={o.value} label={o.label} />
                ))}
              </Stack>
            </Checkbox.Group>
          </SimpleGrid>
          <Text size="sm" fw={500}>
            {t('families.conferences.externals')}
          </Text>
          {form.values.externals.map((row, index) => (
            <Group key={row.key} align="flex-start" wrap="wrap">
              <TextInput
                label={t('families.conferences.externalName')}
                required
                maxLength={200}
                style={{ flex: '1 1 200px' }}
                {...form.getInputProps(`externals.${index}.name`)}
              />
              <TextInput
                label={t('families.conferences.externalOrganisation')}
                description={t('families.conferences.externalOrganisationHint')}
                maxLength={200}
                style={{ flex: '2 1 260px' }}
                {...form.getInputProps(`externals.${index}.organisation`)}
              />
              <Button
                variant="subtle"
                color="red"
                mt={24}
                aria-label={t('families.conferences.removeExternal', { n: index + 1 })}
                onClick={() => form.removeListItem('externals', index)}
              >
                ×
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                form.insertListItem('externals', newExternal())
                form.clearFieldError('participants')
              }}
            >
              {t('families.conferences.addExternal')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('families.conferences.steps')}>
        <Stack>
          {form.values.steps.map((row, index) => (
            <Stack key={row.key} gap={4}>
              <Group align="flex-start" wrap="wrap">
                <TextInput
                  label={`${t('families.conferences.step')} ${index + 1}`}
                  required
                  maxLength={2000}
                  style={{ flex: '3 1 280px' }}
                  {...form.getInputProps(`steps.${index}.description`)}
                />
                <Button
                  variant="subtle"
                  color="red"
                  mt={24}
                  aria-label={t('families.conferences.removeStep', { n: index + 1 })}
                  onClick={() => form.removeListItem('steps', index)}
                >
                  ×
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('families.conferences.goal')}
                  placeholder={t('families.conferences.noGoal')}
                  clearable
                  data={goalOptions}
                  {...form.getInputProps(`steps.${index}.goalId`)}
                />
                <Select
                  label={t('families.conferences.responsible')}
                  clearable
                  searchable
                  data={responsibleOptions}
                  {...form.getInputProps(`steps.${index}.responsibleId`)}
                />
                <TextInput
                  type="date"
                  label={t('families.conferences.dueOn')}
                  {...form.getInputProps(`steps.${index}.dueOn`)}
                />
              </SimpleGrid>
            </Stack>
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => form.insertListItem('steps', newStep())}>
              {t('families.conferences.addStep')}
            </Button>
          </Group>
          <PastDateConfirmation
            dates={pastDueDates(form.values, conference)}
            confirmedDate={form.values.confirmedDate}
            error={form.errors.confirmedDate}
            onConfirm={(confirmed) => form.setFieldValue('confirmedDate', confirmed)}
          />
        </Stack>
      </Fieldset>
    </FormShell>
  )
}
