import type { AvailableSlot } from '@onestop/contracts'
import { vilniusDayOf } from '../../../lib/times'

export interface SpecialistSlots {
  specialist: AvailableSlot['specialist']
  slots: AvailableSlot[]
}

export interface DaySlots {
  /** The Vilnius day, `YYYY-MM-DD`. */
  day: string
  specialists: SpecialistSlots[]
}

/** Identifies a slot: the same time may be free with several specialists or rooms. */
export const slotKey = (slot: AvailableSlot): string =>
  `${slot.startsAt}|${slot.specialist.id}|${slot.room?.id ?? ''}`

/**
 * Slots by Vilnius day, then by specialist in the order they first appear (the API lists earliest first,
 * then by specialist name), each specialist's slots earliest first.
 */
export const groupSlotsByDay = (slots: readonly AvailableSlot[]): DaySlots[] => {
  const days = new Map<string, Map<string, SpecialistSlots>>()
  for (const slot of slots) {
    const day = vilniusDayOf(slot.startsAt)
    let bySpecialist = days.get(day)
    if (!bySpecialist) {
      bySpecialist = new Map()
      days.set(day, bySpecialist)
    }
    const entry = bySpecialist.get(slot.specialist.id)
    if (entry) entry.slots.push(slot)
    else bySpecialist.set(slot.specialist.id, { specialist: slot.specialist, slots: [slot] })
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, bySpecialist]) => ({
      day,
      specialists: [...bySpecialist.values()].map((entry) => ({
        ...entry,
        slots: [...entry.slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
      })),
    }))
}
