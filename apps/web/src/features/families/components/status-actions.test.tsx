import type { Family } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { familyFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { useFamily } from '../api/get-family'
import { StatusActions } from './status-actions'

/** The actions on the family as the API holds it, so that a reload reaches them. */
const Harness = () => {
  const family = useFamily(familyFixture.id)
  return family.data ? <StatusActions family={family.data} canManage /> : null
}

describe('StatusActions', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('offers only the allowed moves', () => {
    renderWithApp(<StatusActions family={{ ...familyFixture, status: 'intake' }} canManage />)
    expect(screen.getByRole('button', { name: 'Pradėti atvejo vadybą' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Uždaryti atvejį' })).not.toBeInTheDocument()
  })

  it('closing needs both a closing reason and an outcome summary, and sends If-Match', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ...familyFixture, status: 'closed', version: 4 }))
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<StatusActions family={familyFixture} canManage />)

    await user.click(screen.getByRole('button', { name: 'Uždaryti atvejį' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('button', { name: 'Palikti atvejį atvirą' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Uždaryti atvejį' }))
    expect(await within(dialog).findAllByText('Privalomas laukas')).toHaveLength(2)

    await user.type(within(dialog).getByRole('textbox', { name: /Uždarymo priežastis/ }), 'Tikslai pasiekti')
    await user.click(within(dialog).getByRole('button', { name: 'Uždaryti atvejį' }))
    expect(await within(dialog).findAllByText('Privalomas laukas')).toHaveLength(1)
    expect(fetchMock).not.toHaveBeenCalled()

    await user.type(within(dialog).getByRole('textbox', { name: /Rezultatų santrauka/ }), 'Susitarė.')
    await user.click(within(dialog).getByRole('button', { name: 'Uždaryti atvejį' }))

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe(`/api/v1/families/${familyFixture.id}/status`)
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"3"')
    expect(JSON.parse(String(init.body))).toEqual({
      status: 'closed',
      closingReason: 'Tikslai pasiekti',
      outcomeSummary: 'Susitarė.',
    })
  })

  it('reopening needs a reason', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<StatusActions family={{ ...familyFixture, status: 'closed' }} canManage />)

    await user.click(screen.getByRole('button', { name: 'Atnaujinti atvejį' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('button', { name: 'Palikti atvejį uždarytą' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Atnaujinti atvejį' }))
    expect(await within(dialog).findByText('Privalomas laukas')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('stays open on a 412 with the typed reason, reloads the family and sends its new version', async () => {
    const intake: Family = { ...familyFixture, status: 'intake' }
    let server = intake
    let answer = () => problemResponse(412, '/problems/stale-version')
    const writes: { ifMatch: string | null; body: unknown }[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const path = new URL(String(input), 'http://localhost').pathname
        if (init?.method === 'POST') {
          writes.push({
            ifMatch: new Headers(init.headers).get('if-match'),
            body: JSON.parse(String(init.body)),
          })
          return answer()
        }
        if (path === `/api/v1/families/${familyFixture.id}`) return jsonResponse(server)
        return new Response('not found', { status: 404 })
      }),
    )
    const user = userEvent.setup()
    renderWithApp(<Harness />)

    await user.click(await screen.findByRole('button', { name: 'Pradėti atvejo vadybą' }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByRole('textbox', { name: /Pastaba/ }), 'Planas suderintas')
    // Meanwhile someone else edits the family's details.
    server = { ...intake, referredAt: '2026-02-01', version: 4 }
    await user.click(within(dialog).getByRole('button', { name: 'Pradėti atvejo vadybą' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    await user.click(within(dialog).getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(await within(dialog).findByText(/Įrašas atnaujintas/)).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: /Pastaba/ })).toHaveValue('Planas suderintas')

    answer = () => jsonResponse({ ...server, status: 'active', version: 5 })
    await user.click(within(dialog).getByRole('button', { name: 'Pradėti atvejo vadybą' }))
    await waitFor(() => expect(writes).toHaveLength(2))
    expect(writes[0]).toEqual({ ifMatch: '"3"', body: { status: 'active', reason: 'Planas suderintas' } })
    expect(writes[1]).toEqual({ ifMatch: '"4"', body: { status: 'active', reason: 'Planas suderintas' } })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
