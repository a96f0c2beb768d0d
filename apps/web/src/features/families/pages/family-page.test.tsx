import type { Family } from '@onestop/contracts'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser, familyFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { FamilyPage } from './family-page'

const areas = {
  Bookings: () => null,
  ServicePackages: () => null,
  Accommodation: () => null,
  Referrals: () => null,
}

/** While the user edits, someone else adds a risk factor: the server now holds version 4. */
const theirVersion: Family = {
  ...familyFixture,
  riskFactors: [...familyFixture.riskFactors, 'poverty_and_homelessness'],
  version: 4,
}

interface Patch {
  ifMatch: string | null
  body: unknown
}

/** GETs answer the family as `current()` holds it; PATCHes answer `patch` and are recorded. */
const fakeApi = (current: () => Family, patch: () => Response) => {
  const patches: Patch[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname
      if (init?.method === 'PATCH') {
        patches.push({
          ifMatch: new Headers(init.headers).get('if-match'),
          body: JSON.parse(String(init.body)),
        })
        return patch()
      }
      if (path === `/api/v1/families/${familyFixture.id}`) return jsonResponse(current())
      if (path === `/api/v1/families/${familyFixture.id}/team`) return jsonResponse({ items: [] })
      return new Response('not found', { status: 404 })
    }),
  )
  return patches
}

describe('FamilyPage details', () => {
  signedInForEachTest(adminUser)

  it('after a 412 and reload keeps the typed date and shows the other person’s risk factor', async () => {
    let server = familyFixture
    let answer = () => problemResponse(412, '/problems/stale-version')
    const patches = fakeApi(
      () => server,
      () => answer(),
    )
    const user = userEvent.setup()
    renderWithApp(
      <FamilyPage areas={areas} />,
      `/families/${familyFixture.id}?tab=details`,
      '/families/:familyId',
    )

    const referredAt = await screen.findByLabelText(/Nukreipimo data/)
    fireEvent.change(referredAt, { target: { value: '2026-11-18' } })
    server = theirVersion
    await user.click(screen.getByRole('button', { name: 'Išsaugoti' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    await user.click(screen.getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(await screen.findByText(/Įrašas atnaujintas/)).toBeInTheDocument()

    expect(screen.getByLabelText(/Nukreipimo data/)).toHaveValue('2026-11-18')
    expect(screen.getByRole('checkbox', { name: 'Skurdas ir benamystė' })).toBeChecked()

    answer = () => jsonResponse({ ...theirVersion, referredAt: '2026-11-18', version: 5 })
    await user.click(screen.getByRole('button', { name: 'Išsaugoti' }))
    await waitFor(() => expect(patches).toHaveLength(2))
    expect(patches[0]).toEqual({ ifMatch: '"3"', body: { referredAt: '2026-11-18' } })
    // The second save sends the new version and only what the user changed: their risk factor stays.
    expect(patches[1]).toEqual({ ifMatch: '"4"', body: { referredAt: '2026-11-18' } })
  })
})
