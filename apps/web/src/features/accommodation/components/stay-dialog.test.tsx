import type { Stay } from '@onestop/contracts'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { facility, officer, stay } from './accommodation-fixtures'
import { StayDialog } from './stay-dialog'

interface Patch {
  ifMatch: string | null
  body: unknown
}

/** GET answers the stay as `current()` holds it; PATCH answers `patch()` and is recorded. */
const fakeApi = (current: () => Stay, patch: () => Response) => {
  const patches: Patch[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const { pathname } = new URL(String(input), 'http://localhost')
      if (init?.method === 'PATCH') {
        patches.push({
          ifMatch: new Headers(init.headers).get('if-match'),
          body: JSON.parse(String(init.body)),
        })
        return patch()
      }
      if (pathname === `/api/v1/accommodation/stays/${stay.id}`) return jsonResponse(current())
      return new Response('not found', { status: 404 })
    }),
  )
  return patches
}

describe('StayDialog', () => {
  signedInForEachTest(officer)

  it('after a 412 and reload keeps the typed check-out and sends the new version', async () => {
    let server = stay
    let answer = () => problemResponse(412, '/problems/stale-version')
    const patches = fakeApi(
      () => server,
      () => answer(),
    )
    const user = userEvent.setup()
    renderWithApp(<StayDialog stayId={stay.id} facility={facility} onClose={() => undefined} />)

    await user.click(await screen.findByRole('button', { name: 'Pratęsti arba sutrumpinti' }))
    const checkOut = screen.getByLabelText(/Nauja planuojama išvykimo diena/)
    expect(checkOut).toHaveValue('2030-01-20')
    fireEvent.change(checkOut, { target: { value: '2030-01-27' } })
    // Meanwhile someone else checked the person in again under a new version.
    server = { ...stay, version: 5 }
    await user.click(screen.getByRole('button', { name: 'Išsaugoti išvykimo dieną' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    await user.click(screen.getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(await screen.findByText(/Įrašas atnaujintas/)).toBeInTheDocument()
    expect(screen.getByLabelText(/Nauja planuojama išvykimo diena/)).toHaveValue('2030-01-27')

    answer = () => jsonResponse({ ...stay, checkOut: '2030-01-27', version: 6 })
    await user.click(screen.getByRole('button', { name: 'Išsaugoti išvykimo dieną' }))
    await waitFor(() => expect(patches).toHaveLength(2))
    expect(patches).toEqual([
      { ifMatch: '"4"', body: { checkOut: '2030-01-27' } },
      { ifMatch: '"5"', body: { checkOut: '2030-01-27' } },
    ])
  })

  it('names the cancel buttons by what they do', async () => {
    fakeApi(
      () => ({ ...stay, status: 'planned', checkedInAt: null }),
      () => new Response(null, { status: 500 }),
    )
    const user = userEvent.setup()
    renderWithApp(<StayDialog stayId={stay.id} facility={facility} onClose={() => undefined} />)
    await user.click(await screen.findByRole('button', { name: 'Atšaukti apgyvendinimą' }))
    expect(screen.getByRole('button', { name: 'Atšaukti apgyvendinimą' })).toHaveAttribute('type', 'submit')
    expect(screen.getByRole('button', { name: 'Palikti apgyvendinimą' })).toBeInTheDocument()
    expect(screen.getByLabelText(/Atšaukimo priežastis/)).toBeInTheDocument()
  })
})
