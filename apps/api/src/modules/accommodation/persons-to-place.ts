import type { PersonToPlace } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { persons } from '../../db/schema/index.js'
import { ageInYears } from '../../lib/dates.js'

/** The columns a person to place is read with: the name shown and the birth date the age comes from. */
export const personToPlaceColumns = {
  personId: persons.id,
  name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
  birthDate: persons.birthDate,
}

/** Rows of persons to place grouped by `key` (a request, a family), in the rows' order. */
export function groupPersonsToPlace<K extends string>(
  rows: readonly ({ [key in K]: string } & { personId: string; name: string; birthDate: string })[],
  key: K,
): Map<string, PersonToPlace[]> {
  const grouped = new Map<string, PersonToPlace[]>()
  for (const row of rows) {
    const person = { personId: row.personId, name: row.name, ageYears: ageInYears(row.birthDate) }
    grouped.set(row[key], [...(grouped.get(row[key]) ?? []), person])
  }
  return grouped
}
