import type { Occupancy, Resident } from '@onestop/contracts'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { facility, officer } from './accommodation-fixtures'
import { OccupancyTable } from './occupancy-tab'
import { sortByRoom } from './residents-tab'

const occupancy: Occupancy = {
  facilityId: facility.id,
  from: '2030-01-01',
  to: '2030-01-03',
  days: [
    { date: '2030-01-01', beds: 32, inService: 30, occupied: 12, reserved: 3, free: 15, occupancyRate: 0.4 },
    { date: '2030-01-02', beds: 32, inService: 0, occupied: 0, reserved: 0, free: 0, occupancyRate: null },
  ],
  staysEnded: 2,
  averageLengthOfStay: 12.5,
}

describe('OccupancyTable', () => {
  signedInForEachTest(officer)

  it('lists each night with beds, in service, occupied, reserved, free and the rate', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({})),
    )
    renderWithApp(<OccupancyTable occupancy={occupancy} caption="Krizinis apgyvendinimas: užimtumas" />)
    const table = screen.getByRole('table', { name: 'Krizinis apgyvendinimas: užimtumas' })
    // On a phone the table scrolls sideways inside its own region, which the keyboard reaches.
    const region = screen.getByRole('region', { name: 'Krizinis apgyvendinimas: užimtumas' })
    expect(region).toHaveAttribute('tabindex', '0')
    expect(region).toContainElement(table)
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('2030')
    expect(cells(rows[0] as HTMLElement)).toEqual(['32', '30', '12', '3', '15', '40\u00a0%'])
    // A night without a bed in service has no rate.
    expect(cells(rows[1] as HTMLElement)).toEqual(['32', '0', '0', '0', '0', '—'])
  })
})

describe('sortByRoom', () => {
  const resident = (roomName: string, bedLabel: string, personName: string): Resident => ({
    stayId: `${roomName}-${bedLabel}`,
    familyId: 'f',
    personId: personName,
    personName,
    roomId: roomName,
    roomName,
    bedId: bedLabel,
    bedLabel,
    since: '2030-01-01',
    plannedCheckOut: '2030-01-10',
  })

  it('orders residents by room and bed, counting the numbers in their names as numbers', () => {
    const sorted = sortByRoom([
      resident('Kambarys 10', '10-1', 'Rasa'),
      resident('Kambarys 2', '2-2', 'Jonas'),
      resident('Kambarys 2', '2-1', 'Asta'),
    ])
    expect(sorted.map((r) => r.personName)).toEqual(['Asta', 'Jonas', 'Rasa'])
  })
})
