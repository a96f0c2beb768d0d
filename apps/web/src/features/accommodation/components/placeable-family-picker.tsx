import type { PlaceableFamily } from '@onestop/contracts'
import { useState } from 'react'
import { FamilyPicker } from '../../../components/ui/family-picker'
import { usePlaceableFamilies } from '../api/placeable-families'

/** Picks an open family to place or ask a place for, and hands over its members by name and age. */
export const PlaceableFamilyPicker = ({
  value,
  onChange,
  chosen,
  error,
}: {
  value: string | null
  onChange: (family: PlaceableFamily | null) => void
  /** A family chosen before any search (placing from the waiting list), so its reference shows at once. */
  chosen?: { value: string; referenceCode: string } | undefined
  error?: string | undefined
}) => {
  const [search, setSearch] = useState('')
  const { families, searching } = usePlaceableFamilies(search)
  const listed = families.map((family) => ({
    ...family,
    memberNames: family.members.map((member) => member.name),
  }))
  return (
    <FamilyPicker
      families={listed}
      searching={searching}
      search={search}
      onSearchChange={setSearch}
      withAsterisk
      chosen={chosen}
      value={value}
      onChange={(id) => onChange(families.find((family) => family.id === id) ?? null)}
      error={error}
    />
  )
}
