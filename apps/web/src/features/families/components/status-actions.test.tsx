import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { familyFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { StatusActions } from './status-actions'

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

  it('tells the user when someone else changed the family (412)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse(412, '/problems/stale-version')),
    )
    const user = userEvent.setup()
    renderWithApp(<StatusActions family={{ ...familyFixture, status: 'intake' }} canManage />)

    await user.click(screen.getByRole('button', { name: 'Pradėti atvejo vadybą' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('button', { name: 'Ne dabar' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Pradėti atvejo vadybą' }))
    expect(await screen.findByText(/Kažkas kitas ką tik pakeitė šią šeimą/)).toBeInTheDocument()
  })
})
