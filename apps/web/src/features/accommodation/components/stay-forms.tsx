import { Select, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Facility, Stay } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { ReasonForm } from '../../../components/ui/reason-form'
import { formatDay, todayInVilnius } from '../../../lib/format'
import { accommodationKeys } from '../api/keys'
import { useFacilityOutOfService } from '../api/out-of-service'
import { useCancelStay, useChangeStay, useCheckIn, useCheckOut, useMoveStay } from '../api/stay-actions'
import { useFacilityStays } from '../api/stays'
import { freeBeds } from '../model/beds'
import { addDays, isDay, nightsBetween } from '../model/days'

interface StayFormProps {
  stay: Stay
  onDone: () => void
}

/** Reads the stay afresh after someone else changed it (412); the form keeps what was typed. */
const useReloadStay = (stay: Stay) => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accommodationKeys.stay(stay.id) }),
      queryClient.invalidateQueries({ queryKey: accommodationKeys.stays() }),
    ])
}

export const CheckInForm = ({ stay, onDone }: StayFormProps) => {
  const { t } = useTranslation()
  const checkIn = useCheckIn()
  const form = useForm({ initialValues: {} })
  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.stay.checkIn')}
      problemTitle={t('accommodation.stay.notSaved')}
      submit={() => checkIn.mutateAsync(stay)}
      successMessage={t('accommodation.stay.checkedIn', { name: stay.personName })}
      onSaved={onDone}
      onCancel={onDone}
      cancelLabel={t('common.close')}
      onReload={useReloadStay(stay)}
      submitLabel={t('accommodation.stay.checkInSubmit')}
    >
      <Text size="sm">{t('accommodation.stay.checkInText', { name: stay.personName })}</Text>
    </FormShell>
  )
}

/** The day a person leaves: after check-in; today (Vilnius) unless they left earlier. */
export const CheckOutForm = ({ stay, onDone }: StayFormProps) => {
  const { t, i18n } = useTranslation()
  const checkOut = useCheckOut()
  const today = todayInVilnius()
  const form = useForm({
    initialValues: { on: today > stay.since ? today : addDays(stay.since, 1) },
    validate: {
      on: (value) =>
        !isDay(value)
          ? t('validation.required')
          : value <= stay.since
            ? t('accommodation.stay.afterSince', { date: formatDay(stay.since, i18n.language) })
            : null,
    },
  })
  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.stay.checkOut')}
      problemTitle={t('accommodation.stay.notSaved')}
      submit={({ on }) => checkOut.mutateAsync({ stay, on })}
      successMessage={t('accommodation.stay.checkedOut', { name: stay.personName })}
      onSaved={onDone}
      onCancel={onDone}
      cancelLabel={t('common.close')}
      onReload={useReloadStay(stay)}
      submitLabel={t('accommodation.stay.checkOutSubmit')}
    >
      <TextInput
        type="date"
        label={t('accommodation.stay.checkOutOn')}
        description={t('accommodation.stay.checkOutOnHint')}
        withAsterisk
        min={addDays(stay.since, 1)}
        {...form.getInputProps('on')}
      />
    </FormShell>
  )
}

/** Extends or shortens a stay: a new planned check-out, sent with the version read (If-Match). */
export const ChangeStayForm = ({ stay, facility, onDone }: StayFormProps & { facility: Facility }) => {
  const { t } = useTranslation()
  const change = useChangeStay()
  const values = { checkOut: stay.checkOut ?? '' }
  const form = useForm({
    initialValues: values,
    validate: {
      checkOut: (value) =>
        !isDay(value)
          ? t('validation.required')
          : value <= stay.since
            ? t('accommodation.place.checkOutAfter')
            : nightsBetween(stay.since, value) > facility.maxStayNights
              ? t('accommodation.place.tooLong', { count: facility.maxStayNights })
              : null,
    },
  })
  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.stay.change')}
      problemTitle={t('accommodation.stay.notSaved')}
      submit={({ checkOut }) =>
        checkOut === stay.checkOut ? undefined : change.mutateAsync({ stay, checkOut })
      }
      successMessage={t('accommodation.stay.changed')}
      onSaved={onDone}
      onCancel={onDone}
      cancelLabel={t('common.close')}
      record={{ version: stay.version, values }}
      onReload={useReloadStay(stay)}
      submitLabel={t('accommodation.stay.changeSubmit')}
    >
      <TextInput
        type="date"
        label={t('accommodation.stay.newCheckOut')}
        description={
          isDay(form.values.checkOut) && form.values.checkOut > stay.since
            ? t('accommodation.nights', { count: nightsBetween(stay.since, form.values.checkOut) })
            : undefined
        }
        withAsterisk
        min={addDays(stay.since, 1)}
        {...form.getInputProps('checkOut')}
      />
    </FormShell>
  )
}

/** Moves the person to another free bed of the facility from a day on; the rest of the stay goes with them. */
export const MoveStayForm = ({ stay, facility, onDone }: StayFormProps & { facility: Facility }) => {
  const { t, i18n } = useTranslation()
  const move = useMoveStay()
  const today = todayInVilnius()
  const lastNight = stay.checkOut ? addDays(stay.checkOut, -1) : stay.since
  const firstDay = today > stay.since && today <= lastNight ? today : stay.since
  const form = useForm<{ bedId: string | null; on: string }>({
    initialValues: { bedId: null, on: firstDay },
    validate: {
      bedId: (value) => (value ? null : t('validation.required')),
      on: (value) =>
        !isDay(value) || value < stay.since || value > lastNight
          ? t('accommodation.stay.moveOnRange', {
              from: formatDay(stay.since, i18n.language),
              until: formatDay(lastNight, i18n.language),
            })
          : null,
    },
  })
  const nights = {
    from: isDay(form.values.on) ? form.values.on : stay.since,
    until: stay.checkOut ?? addDays(stay.since, 1),
  }
  const stays = useFacilityStays(facility.id, nights.from, nights.until)
  const outOfService = useFacilityOutOfService(facility.id, nights.from, nights.until)
  const free = freeBeds(
    facility,
    stays.data?.items ?? [],
    (bedId) => outOfService.data?.get(bedId) ?? [],
    nights,
  )
  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.stay.move')}
      problemTitle={t('accommodation.stay.notMoved')}
      submit={({ bedId, on }) => (bedId ? move.mutateAsync({ stay, bedId, on }) : undefined)}
      successMessage={t('accommodation.stay.moved', { name: stay.personName })}
      onSaved={onDone}
      onCancel={onDone}
      cancelLabel={t('common.close')}
      onReload={useReloadStay(stay)}
      submitLabel={t('accommodation.stay.moveSubmit')}
    >
      <TextInput
        type="date"
        label={t('accommodation.stay.moveOn')}
        description={t('accommodation.stay.moveOnHint')}
        withAsterisk
        min={stay.since}
        max={lastNight}
        {...form.getInputProps('on')}
      />
      <Select
        label={t('accommodation.stay.targetBed')}
        placeholder={t('accommodation.place.bedPlaceholder')}
        withAsterisk
        searchable
        nothingFoundMessage={t('accommodation.place.noFreeBeds')}
        data={free
          .filter(({ bed }) => bed.id !== stay.bedId)
          .map(({ room, bed }) => ({ value: bed.id, label: `${room.name} · ${bed.label}` }))}
        {...form.getInputProps('bedId')}
      />
    </FormShell>
  )
}

export const CancelStayForm = ({ stay, onDone }: StayFormProps) => {
  const { t } = useTranslation()
  const cancel = useCancelStay()
  return (
    <ReasonForm
      label={t('accommodation.stay.cancelReason')}
      submitLabel={t('accommodation.stay.cancelSubmit')}
      keepLabel={t('accommodation.stay.keep')}
      onCancel={onDone}
      submit={(reason) => cancel.mutateAsync({ stay, reason })}
      successMessage={t('accommodation.stay.cancelled', { name: stay.personName })}
      problemTitle={t('accommodation.stay.notSaved')}
      onSaved={onDone}
      onReload={useReloadStay(stay)}
    />
  )
}
