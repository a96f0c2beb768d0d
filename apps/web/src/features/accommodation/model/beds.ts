import type { AccommodationRoom, Bed, Facility, OutOfServicePeriod, Stay } from '@onestop/contracts'
import { coversNight, type Nights, overlaps } from './days'

/** The nights a stay holds its bed; a cancelled stay holds none, and one seen without its dates none we know. */
export const stayNights = (stay: Stay): Nights | null =>
  stay.status === 'cancelled' || stay.checkOut === null ? null : { from: stay.since, until: stay.checkOut }

export interface BedNight {
  room: AccommodationRoom
  bed: Bed
  stay: Stay | undefined
  outOfService: OutOfServicePeriod | undefined
}

/** A bed on one night: who sleeps in it, or why it is out of service, or neither (free). */
export const bedNight = (
  room: AccommodationRoom,
  bed: Bed,
  stays: readonly Stay[],
  periods: readonly OutOfServicePeriod[],
  night: string,
): BedNight => ({
  room,
  bed,
  stay: stays.find((stay) => {
    const nights = stayNights(stay)
    return stay.bedId === bed.id && nights !== null && coversNight(nights, night)
  }),
  outOfService: periods.find((period) => coversNight(period, night)),
})

/** Whether a bed takes a stay at all: it and its room are in use. */
export const inUse = (room: AccommodationRoom, bed: Bed) => room.active && bed.active

/**
 * Beds free for all the nights of `period`: in use, held by no stay (other than `ignoreStayId`, the one being
 * moved) and not out of service.
 */
export const freeBeds = (
  facility: Facility,
  stays: readonly Stay[],
  periodsOf: (bedId: string) => readonly OutOfServicePeriod[],
  period: Nights,
  ignoreStayId?: string,
): { room: AccommodationRoom; bed: Bed }[] =>
  facility.rooms.flatMap((room) =>
    room.beds
      .filter((bed) => inUse(room, bed))
      .filter(
        (bed) =>
          !stays.some((stay) => {
            const nights = stayNights(stay)
            return (
              stay.id !== ignoreStayId && stay.bedId === bed.id && nights !== null && overlaps(nights, period)
            )
          }),
      )
      .filter((bed) => !periodsOf(bed.id).some((oos) => overlaps(oos, period)))
      .map((bed) => ({ room, bed })),
  )

export const allBeds = (facility: Facility) => facility.rooms.flatMap((room) => room.beds)
