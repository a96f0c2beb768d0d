import { Alert, Divider, Stack } from '@mantine/core'
import type { Appointment, AvailableSlot } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { todayInVilnius } from '../../../lib/format'
import { notifySuccess } from '../../../lib/notify'
import { vilniusDayOf } from '../../../lib/times'
import type { AvailabilitySearch } from '../../../reference/availability-keys'
import { availabilityKeys } from '../../../reference/availability-keys'
import { serviceName, useServices } from '../../../reference/services'
import { useAvailability } from '../api/find-availability'
import { AvailabilityForm } from './availability-form'
import { defaultRange, type SearchValues } from './availability-search'
import { BookedSummary } from './booked-summary'
import { BookingDetailsForm, type FixedFamily } from './booking-details-form'
import { slotKey } from './slot-groups'
import { SlotResults } from './slot-results'

/** What the dialog starts from: a family (from its page), or a time chosen on a calendar. */
export interface BookingPreset {
  family?: FixedFamily
  /** A start time picked on the calendar: that day is searched and the slot starting then is chosen. */
  startsAt?: string
  /** A day picked on the calendar (a month view has no times). */
  day?: string
  specialistId?: string
  siteId?: string
}

const initialSearch = (preset: BookingPreset): SearchValues => {
  const day = preset.startsAt ? vilniusDayOf(preset.startsAt) : preset.day
  return {
    serviceId: null,
    specialistId: preset.specialistId ?? null,
    siteId: preset.siteId ?? null,
    range: day ? [day, day] : defaultRange(todayInVilnius()),
  }
}

/** The slot a calendar click meant: one starting at that time, with the calendar's specialist if given. */
const preferredSlot = (slots: readonly AvailableSlot[], preset: BookingPreset) => {
  if (!preset.startsAt) return undefined
  const at = Date.parse(preset.startsAt)
  const starting = slots.filter((slot) => Date.parse(slot.startsAt) === at)
  return starting.find((slot) => slot.specialist.id === preset.specialistId) ?? starting[0]
}

const BookingFlow = ({ preset, onDone }: { preset: BookingPreset; onDone: () => void }) => {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const services = useServices({ active: true })
  const [values, setValues] = useState(() => initialSearch(preset))
  const [search, setSearch] = useState<AvailabilitySearch | null>(null)
  const [selected, setSelected] = useState<AvailableSlot | null>(null)
  // Going back to the slots keeps the chosen one pressed.
  const [reviewing, setReviewing] = useState(false)
  const [clash, setClash] = useState<string | null>(null)
  const [booked, setBooked] = useState<Appointment | null>(null)
  const availability = useAvailability(search)
  const preferenceUsed = useRef(false)
  const choose = (slot: AvailableSlot) => {
    setSelected(slot)
    setReviewing(true)
  }

  useEffect(() => {
    if (preferenceUsed.current || availability.isPlaceholderData || !availability.data) return
    preferenceUsed.current = true
    const preferred = preferredSlot(availability.data.items, preset)
    if (!preferred) return
    setSelected(preferred)
    setReviewing(true)
  }, [availability.data, availability.isPlaceholderData, preset])

  if (booked) return <BookedSummary appointment={booked} onClose={onDone} />

  const service = services.data?.items.find((s) => s.id === search?.serviceId)
  if (reviewing && selected && search && service)
    return (
      <BookingDetailsForm
        slot={selected}
        serviceId={search.serviceId}
        serviceLabel={serviceName(service, i18n.language)}
        family={preset.family}
        onBack={() => setReviewing(false)}
        onBooked={(appointment) => {
          if (appointment.warnings?.length) setBooked(appointment)
          else {
            notifySuccess(t('bookings.book.done'))
            onDone()
          }
        }}
        onClash={(message) => {
          setClash(message)
          setSelected(null)
          setReviewing(false)
          void queryClient.invalidateQueries({ queryKey: availabilityKeys.all })
        }}
      />
    )

  return (
    <Stack>
      <AvailabilityForm
        initial={values}
        searching={availability.isFetching}
        onSearch={(next, nextValues) => {
          setValues(nextValues)
          setClash(null)
          setSearch(next)
          // Searching the same again asks the server again: someone may have booked meanwhile.
          void queryClient.invalidateQueries({ queryKey: availabilityKeys.search(next) })
        }}
      />
      {clash ? (
        <Alert color="orange" title={t('bookings.book.clash')} role="alert">
          {clash}
        </Alert>
      ) : null}
      {search ? (
        <>
          <Divider />
          <SlotResults
            availability={availability}
            selected={selected ? slotKey(selected) : null}
            onSelect={choose}
          />
        </>
      ) : null}
    </Stack>
  )
}

/** Booking through availability: what and when, a free slot, for whom. */
export const BookingDialog = ({
  opened,
  onClose,
  preset = {},
}: {
  opened: boolean
  onClose: () => void
  preset?: BookingPreset
}) => {
  const { t } = useTranslation()
  return (
    <GuardedModal opened={opened} onClose={onClose} title={t('bookings.book.title')} size="lg">
      {opened ? <BookingFlow preset={preset} onDone={onClose} /> : null}
    </GuardedModal>
  )
}
