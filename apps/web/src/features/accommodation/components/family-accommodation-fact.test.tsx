import type { Stay } from '@onestop/contracts'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { stay } from './accommodation-fixtures'
import { FamilyAccommodationFact } from './family-accommodation-fact'

/** As a team member who may not know where the family stays sees it. */
const limited: Stay = {
  ...stay,
  visibility: 'limited',
  checkOut: null,
  placementId: null,
  facilityId: null,
  facilityName: null,
  facilityKind: null,
  roomId: null,
  roomName: null,
  bedId: null,
  bedLabel: null,
  checkedInAt: null,
}

const answer = (items: Stay[]) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => jsonResponse({ items, nextCursor: null })),
  )

describe('FamilyAccommodationFact', () => {
  signedInForEachTest(adminUser)

  it('tells where a member stays when the API does', async () => {
    answer([stay, { ...stay, id: 'x', personName: 'Ona Buvusi', status: 'checked_out' }])
    renderWithApp(<FamilyAccommodationFact familyId={stay.familyId} />)
    expect(await screen.findByRole('region', { name: 'Laikinasis apgyvendinimas' })).toHaveTextContent(
      'Rasa Jonaitienė — Krizinis apgyvendinimas, Kambarys 12, Lova 2, nuo 2030-01-05',
    )
    expect(screen.queryByText(/Ona Buvusi/)).not.toBeInTheDocument()
  })

  it('says only since when when the location is not shown', async () => {
    answer([limited])
    renderWithApp(<FamilyAccommodationFact familyId={stay.familyId} />)
    const fact = await screen.findByRole('region', { name: 'Laikinasis apgyvendinimas' })
    expect(fact).toHaveTextContent('Rasa Jonaitienė — laikinai apgyvendintas (-a) nuo 2030-01-05')
    expect(fact).not.toHaveTextContent(/Kambarys|Lova/)
  })
})
