import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { officer } from './accommodation-fixtures'
import { waitingRequest } from './waiting-fixtures'
import { WaitingList } from './waiting-list'

// The API's order: urgent first, then high, then normal; the earliest request first within each.
const LIST = [
  waitingRequest(3, { priority: 'urgent', requestedAt: '2029-12-22T10:00:00+02:00' }),
  waitingRequest(1, { priority: 'high', requestedAt: '2029-12-19T10:00:00+02:00' }),
  waitingRequest(2, { priority: 'normal', requestedAt: '2029-12-18T10:00:00+02:00', members: [] }),
]

const fakeApi = () =>
  fakeFetch(({ method, path }) => {
    if (method === 'POST' && path.endsWith('/withdraw'))
      return jsonResponse({ ...LIST[1], status: 'withdrawn', version: 3 })
    if (path === '/api/v1/accommodation/waiting-list') return jsonResponse({ items: LIST, nextCursor: null })
    return notFound()
  })

const renderList = () =>
  renderWithApp(
    <WaitingList status="open" onStatus={() => undefined} mayCreate mayWithdraw />,
    '/accommodation?tab=waiting',
  )

describe('WaitingList', () => {
  signedInForEachTest(officer)

  it('shows the open requests in the order the API gives: priority, then time', async () => {
    const calls = fakeApi()
    renderList()
    const list = await screen.findByRole('list', { name: 'Laukiančiųjų sąrašas' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'F-2026-0043',
      'F-2026-0041',
      'F-2026-0042',
    ])
    expect(within(items[0] as HTMLElement).getByText('Skubu')).toBeInTheDocument()
    expect(within(items[1] as HTMLElement).getByText('Aukštas')).toBeInTheDocument()
    // A request naming no members is for the whole family.
    expect(within(items[2] as HTMLElement).getByText('Visai šeimai')).toBeInTheDocument()
    expect(within(items[0] as HTMLElement).getByText('Asta Petrauskienė')).toBeInTheDocument()
    expect(calls[0]?.search).toContain('status=open')
  })

  it('withdraws a request with a reason, sending the version it read', async () => {
    const calls = fakeApi()
    const user = userEvent.setup()
    renderList()
    await user.click(await screen.findByRole('button', { name: 'Atsiimti šeimos F-2026-0041 prašymą' }))
    const dialog = await screen.findByRole('dialog', { name: 'Atsiimti prašymą: F-2026-0041' })
    expect(within(dialog).getByRole('button', { name: 'Palikti prašymą' })).toBeInTheDocument()
    await user.type(
      within(dialog).getByRole('textbox', { name: /Atsiėmimo priežastis/ }),
      ' Apsigyveno pas gimines. ',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Atsiimti prašymą' }))

    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1))
    const [withdraw] = calls.filter((call) => call.method === 'POST')
    expect(withdraw?.path).toBe(`/api/v1/accommodation/waiting-list/${LIST[1]?.id}/withdraw`)
    expect(withdraw?.body).toEqual({ reason: 'Apsigyveno pas gimines.' })
    expect(withdraw?.headers['If-Match']).toBe('"2"')
    // The list is read again.
    await waitFor(() => expect(calls.filter((call) => call.method === 'GET').length).toBeGreaterThan(1))
  })

  it('offers no withdrawing to those who may not', async () => {
    fakeApi()
    renderWithApp(<WaitingList status="open" onStatus={() => undefined} mayCreate mayWithdraw={false} />)
    await screen.findByRole('list', { name: 'Laukiančiųjų sąrašas' })
    expect(screen.queryByRole('button', { name: /^Atsiimti/ })).not.toBeInTheDocument()
  })
})
