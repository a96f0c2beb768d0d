import {
  Checkbox,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import {
  FACILITY_KINDS,
  type FacilityKind,
  type PlaceableFamily,
  WAITING_PRIORITIES,
  type WaitingPriority,
  type WaitingRequest,
} from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { todayInVilnius } from '../../../lib/format'
import { type CreateWaitingRequestInput, useCreateWaitingRequest } from '../api/waiting-list'
import { isDay } from '../model/days'
import { PlaceableFamilyPicker } from './placeable-family-picker'

interface WaitingRequestValues {
  familyId: string | null
  whole: 'whole' | 'some'
  memberIds: string[]
  facilityKind: FacilityKind
  neededFrom: string
  priority: WaitingPriority
  reason: string
}

const isKind = (value: string | null): value is FacilityKind => FACILITY_KINDS.some((kind) => kind === value)

/** Asks for a place for a family, or for some of its members, with the kind of place, date and priority. */
export const WaitingRequestForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation()
  const create = useCreateWaitingRequest()
  const form = useForm<WaitingRequestValues>({
    initialValues: {
      familyId: null,
      whole: 'whole',
      memberIds: [],
      facilityKind: 'crisis_accommodation',
      neededFrom: todayInVilnius(),
      priority: 'normal',
      reason: '',
    },
    validate: {
      familyId: (value) => (value ? null : t('validation.required')),
      memberIds: (value, values) =>
        values.whole === 'some' && value.length === 0 ? t('accommodation.waiting.chooseMembers') : null,
      neededFrom: (value) => (isDay(value) ? null : t('validation.required')),
      reason: (value) => (value.trim() ? null : t('validation.required')),
    },
  })
  const { values } = form
  const [family, setFamily] = useState<PlaceableFamily | null>(null)

  const submit = (v: WaitingRequestValues): Promise<WaitingRequest> | undefined => {
    if (!v.familyId) return undefined
    const body: CreateWaitingRequestInput = {
      familyId: v.familyId,
      facilityKind: v.facilityKind,
      neededFrom: v.neededFrom,
      priority: v.priority,
      reason: v.reason.trim(),
      ...(v.whole === 'some' ? { memberIds: v.memberIds } : {}),
    }
    return create.mutateAsync(body)
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.waiting.formLabel')}
      problemTitle={t('accommodation.waiting.refused')}
      submit={submit}
      successMessage={(saved) =>
        t('accommodation.waiting.created', { reference: saved?.familyReference ?? '' })
      }
      onSaved={onDone}
      onCancel={onDone}
      submitLabel={t('accommodation.waiting.create')}
    >
      <PlaceableFamilyPicker
        value={values.familyId}
        onChange={(chosen) => {
          setFamily(chosen)
          form.setFieldValue('familyId', chosen?.id ?? null)
          form.setFieldValue('memberIds', [])
        }}
        error={form.errors.familyId as string | undefined}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="waiting-who">
          {t('accommodation.waiting.who')}
        </Text>
        <SegmentedControl
          aria-labelledby="waiting-who"
          data={[
            { value: 'whole', label: t('accommodation.waiting.wholeFamily') },
            { value: 'some', label: t('accommodation.waiting.someMembers') },
          ]}
          value={values.whole}
          onChange={(value) => form.setFieldValue('whole', value === 'some' ? 'some' : 'whole')}
          fullWidth
        />
      </Stack>
      {values.whole === 'some' && family ? (
        <Checkbox.Group
          label={t('accommodation.waiting.members')}
          withAsterisk
          {...form.getInputProps('memberIds')}
        >
          <Stack gap={6} mt={6}>
            {family.members.map((member) => (
              <Checkbox key={member.personId} value={member.personId} label={member.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('accommodation.waiting.kind')}
          withAsterisk
          allowDeselect={false}
          data={FACILITY_KINDS.map((kind) => ({ value: kind, label: t(`accommodation.kinds.${kind}`) }))}
          value={values.facilityKind}
          onChange={(value) => {
            if (isKind(value)) form.setFieldValue('facilityKind', value)
          }}
        />
        <TextInput
          type="date"
          label={t('accommodation.waiting.neededFrom')}
          withAsterisk
          {...form.getInputProps('neededFrom')}
        />
      </SimpleGrid>
      <Select
        label={t('accommodation.waiting.priority')}
        withAsterisk
        allowDeselect={false}
        data={WAITING_PRIORITIES.map((priority) => ({
          value: priority,
          label: t(`accommodation.waiting.priorities.${priority}`),
        }))}
        value={values.priority}
        onChange={(value) => {
          const priority = WAITING_PRIORITIES.find((p) => p === value)
          if (priority) form.setFieldValue('priority', priority)
        }}
      />
      <Textarea
        label={t('accommodation.waiting.reason')}
        description={t('accommodation.waiting.reasonHint')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps('reason')}
      />
    </FormShell>
  )
}
