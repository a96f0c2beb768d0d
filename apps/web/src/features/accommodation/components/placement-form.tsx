import { Checkbox, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Facility, PersonToPlace, Placement } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { formatDay } from '../../../lib/format'
import { useFacilityOutOfService } from '../api/out-of-service'
import { type PlaceStaysInput, usePlaceStays } from '../api/stay-actions'
import { useFacilityStays } from '../api/stays'
import { freeBeds } from '../model/beds'
import { addDays, isDay, nightsBetween } from '../model/days'
import {
  ADMISSION_CHECKS,
  CHECK_REASON,
  type MemberChoice,
  memberChoices,
  type PlacementValues,
  placementErrors,
} from '../model/placement'
import { PlaceableFamilyPicker } from './placeable-family-picker'

export interface PlacementPreset {
  bedId?: string
  checkIn: string
  /** Placing from the waiting list: the request's family and members, and the request the placement closes. */
  fromRequest?: {
    waitingRequestId: string
    familyId: string
    familyReference: string
    members: PersonToPlace[]
  }
}

/** The nights free beds are looked for: the chosen ones, or just the first night until check-out is set. */
const wantedNights = ({ checkIn, checkOut }: PlacementValues) =>
  isDay(checkOut) && checkOut > checkIn
    ? { from: checkIn, until: checkOut }
    : { from: checkIn, until: addDays(checkIn, 1) }

const MemberFields = ({
  index,
  member,
  form,
  bedOptions,
}: {
  index: number
  member: MemberChoice
  form: ReturnType<typeof useForm<PlacementValues>>
  bedOptions: { value: string; label: string; forChildren: boolean }[]
}) => {
  const { t } = useTranslation()
  const path = `members.${index}` as const
  // A child's list starts with the child beds and cots.
  const options = member.child
    ? [...bedOptions].sort((a, b) => Number(b.forChildren) - Number(a.forChildren))
    : bedOptions
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Checkbox
          label={member.child ? t('accommodation.place.childMember', { name: member.name }) : member.name}
          {...form.getInputProps(`${path}.include`, { type: 'checkbox' })}
        />
        {member.include ? (
          <>
            <Select
              label={t('accommodation.place.bedFor', { name: member.name })}
              description={member.child ? t('accommodation.place.childBedHint') : undefined}
              placeholder={t('accommodation.place.bedPlaceholder')}
              withAsterisk
              searchable
              data={options.map(({ value, label }) => ({ value, label }))}
              nothingFoundMessage={t('accommodation.place.noFreeBeds')}
              {...form.getInputProps(`${path}.bedId`)}
            />
            <Checkbox.Group
              label={t('accommodation.place.checks')}
              description={t('accommodation.place.checksHint')}
            >
              <Stack gap={6} mt={6}>
                {ADMISSION_CHECKS.map((check) => (
                  <Checkbox
                    key={check}
                    label={t(`accommodation.admission.${CHECK_REASON[check]}`)}
                    {...form.getInputProps(`${path}.${check}`, { type: 'checkbox' })}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  )
}

/**
 * Places a family's members in free beds of one facility, each with the admission checks answered. A refusal
 * (a bed taken meanwhile, a stay too long, an admission check that holds) stays in the form with its reason.
 */
export const PlacementForm = ({
  facility,
  preset,
  onDone,
}: {
  facility: Facility
  preset: PlacementPreset
  onDone: (placement: Placement | undefined) => void
}) => {
  const { t, i18n } = useTranslation()
  const place = usePlaceStays()
  const form = useForm<PlacementValues>({
    initialValues: {
      familyId: preset.fromRequest?.familyId ?? null,
      checkIn: preset.checkIn,
      checkOut: '',
      members: preset.fromRequest ? memberChoices(preset.fromRequest.members, preset.bedId ?? null) : [],
    },
    validate: {
      familyId: (value) => (value ? null : t('validation.required')),
      checkIn: (value) => (isDay(value) ? null : t('validation.required')),
      checkOut: (value, values) =>
        !isDay(value)
          ? t('validation.required')
          : value <= values.checkIn
            ? t('accommodation.place.checkOutAfter')
            : nightsBetween(values.checkIn, value) > facility.maxStayNights
              ? t('accommodation.place.tooLong', { count: facility.maxStayNights })
              : null,
      members: {
        bedId: (value, values, path) => {
          const index = Number(path.split('.')[1])
          return values.members[index]?.include && !value ? t('accommodation.place.chooseBed') : null
        },
      },
    },
  })
  const { values } = form
  const nights = wantedNights(values)
  const stays = useFacilityStays(facility.id, nights.from, nights.until, isDay(nights.from))
  const outOfService = useFacilityOutOfService(facility.id, nights.from, nights.until, isDay(nights.from))
  const free = freeBeds(
    facility,
    stays.data?.items ?? [],
    (bedId) => outOfService.data?.get(bedId) ?? [],
    nights,
  )
  const optionsFor = (index: number) => {
    const takenByOthers = new Set(
      values.members.flatMap((member, i) =>
        i !== index && member.include && member.bedId ? [member.bedId] : [],
      ),
    )
    return free
      .filter(({ bed }) => !takenByOthers.has(bed.id))
      .map(({ room, bed }) => {
        const attributes = (['childBed', 'cot', 'accessible'] as const)
          .filter((attribute) => bed[attribute])
          .map((attribute) => t(`accommodation.beds.${attribute}`))
        return {
          value: bed.id,
          label: [`${room.name} · ${bed.label}`, ...attributes].join(', '),
          forChildren: bed.childBed || bed.cot,
        }
      })
  }

  const submit = (v: PlacementValues) => {
    const included = v.members.filter((member) => member.include && member.bedId)
    if (!v.familyId || included.length === 0) return undefined
    const request = preset.fromRequest
    const body: PlaceStaysInput = {
      familyId: v.familyId,
      ...(request?.familyId === v.familyId ? { waitingRequestId: request.waitingRequestId } : {}),
      checkIn: v.checkIn,
      checkOut: v.checkOut,
      members: included.map((member) => ({
        personId: member.personId,
        bedId: member.bedId ?? '',
        admission: {
          intoxicated: member.intoxicated,
          emergencyMedicalCare: member.emergencyMedicalCare,
          inpatientPsychiatricCare: member.inpatientPsychiatricCare,
        },
      })),
    }
    return place.mutateAsync(body)
  }

  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.place.formLabel')}
      problemTitle={t('accommodation.place.refused')}
      submit={submit}
      check={(v): Record<string, string> =>
        v.members.some((member) => member.include) ? {} : { familyId: t('accommodation.place.chooseMembers') }
      }
      onRefused={(error, f) => {
        const { errors, admission } = placementErrors(
          error,
          f.getValues(),
          t('accommodation.place.refusedHere'),
        )
        f.setErrors(errors)
        // An admission refusal also says its reason above the buttons; field errors alone are said at the fields.
        return !admission && Object.keys(errors).length > 0
      }}
      successMessage={(saved) => t('accommodation.place.placed', { count: saved?.stays.length ?? 0 })}
      onSaved={onDone}
      onCancel={() => onDone(undefined)}
      submitLabel={t('accommodation.place.submit')}
    >
      <Text size="sm" c="dimmed">
        {t('accommodation.place.facility', {
          name: facility.name,
          nights: t('accommodation.nights', { count: facility.maxStayNights }),
        })}
      </Text>
      <PlaceableFamilyPicker
        chosen={
          preset.fromRequest
            ? { value: preset.fromRequest.familyId, referenceCode: preset.fromRequest.familyReference }
            : undefined
        }
        value={values.familyId}
        onChange={(family) => {
          form.setFieldValue('familyId', family?.id ?? null)
          form.setFieldValue('members', family ? memberChoices(family.members, preset.bedId ?? null) : [])
        }}
        error={form.errors.familyId as string | undefined}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('accommodation.place.checkIn')}
          withAsterisk
          {...form.getInputProps('checkIn')}
        />
        <TextInput
          type="date"
          label={t('accommodation.place.checkOut')}
          description={
            isDay(values.checkOut) && values.checkOut > values.checkIn
              ? t('accommodation.nights', { count: nightsBetween(values.checkIn, values.checkOut) })
              : t('accommodation.place.checkOutHint')
          }
          withAsterisk
          min={addDays(values.checkIn, 1)}
          {...form.getInputProps('checkOut')}
        />
      </SimpleGrid>
      {values.members.length > 0 ? (
        <Stack gap="xs" role="group" aria-label={t('accommodation.place.members')}>
          <Text size="sm" fw={600}>
            {t('accommodation.place.members')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('accommodation.place.freeBeds', {
              count: free.length,
              from: formatDay(nights.from, i18n.language),
            })}
          </Text>
          {values.members.map((member, index) => (
            <MemberFields
              key={member.personId}
              index={index}
              member={member}
              form={form}
              bedOptions={optionsFor(index)}
            />
          ))}
        </Stack>
      ) : null}
    </FormShell>
  )
}
