import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { AuditPage } from './audit-page'

const colleague = {
  id: '5a9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Rasa Jankauskaitė',
  organisationId: adminUser.organisationId,
  organisationName: adminUser.organisationName,
}
const psychologist = {
  id: '6b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Ona Jankauskienė',
  organisationId: '2c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  organisationName: 'Kretingos moterų centras',
}
const petraitis = { referenceCode: 'F-2026-0007', memberNames: ['Asta Petraitienė', 'Tomas Petraitis'] }

/** Answers the page's reads and keeps every URL asked for. */
const fakeApi = () => {
  const asked: URL[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost')
      asked.push(url)
      if (url.pathname === '/api/v1/audit/actors') return jsonResponse({ items: [colleague, psychologist] })
      if (url.pathname === '/api/v1/families')
        return jsonResponse({
          items: url.searchParams.get('q')?.startsWith('Petr')
            ? [{ id: 'f-7', status: 'active', ...petraitis }]
            : [],
          nextCursor: null,
        })
      if (url.pathname === '/api/v1/audit') return jsonResponse({ items: [], nextCursor: null })
      return new Response('not found', { status: 404 })
    }),
  )
  const searches = (path: string) =>
    asked.filter((url) => url.pathname === path).map((url) => url.searchParams)
  return { searches, lastLogSearch: () => searches('/api/v1/audit').at(-1) }
}

describe('AuditPage filters', () => {
  signedInForEachTest(adminUser)

  it("offers a partner's worker who acted in the log, with the organisation beside the name, and filters by them", async () => {
    const api = fakeApi()
    const user = userEvent.setup()
    const { router } = renderWithApp(<AuditPage />, '/audit')
    await user.type(await screen.findByRole('textbox', { name: 'Darbuotojas' }), 'jank')
    await waitFor(() => expect(api.searches('/api/v1/audit/actors').at(-1)?.get('q')).toBe('jank'))

    const partner = await screen.findByRole('option', { name: /Ona Jankauskienė/, hidden: true })
    expect(within(partner).getByText(psychologist.organisationName)).toBeInTheDocument()
    const own = screen.getByRole('option', { name: /Rasa Jankauskaitė/, hidden: true })
    expect(within(own).queryByText(adminUser.organisationName)).not.toBeInTheDocument()

    await user.click(partner)
    await waitFor(() => expect(api.lastLogSearch()?.get('actorId')).toBe(psychologist.id))
    expect(new URLSearchParams(router.state.location.search).get('actorId')).toBe(psychologist.id)
  })

  it('keeps a shared link’s family and reads families only once the picker is opened', async () => {
    const api = fakeApi()
    const user = userEvent.setup()
    renderWithApp(<AuditPage />, '/audit?family=F-2026-0042')
    await waitFor(() => expect(api.lastLogSearch()?.get('familyReference')).toBe('F-2026-0042'))
    const field = screen.getByRole('textbox', { name: 'Šeima' })
    expect(field).toHaveValue('F-2026-0042')
    expect(api.searches('/api/v1/families')).toHaveLength(0)

    await user.click(field)
    await waitFor(() => expect(api.searches('/api/v1/families')).toHaveLength(1))
  })

  it('finds a family by a member’s name and keeps its reference in the address', async () => {
    const api = fakeApi()
    const user = userEvent.setup()
    const { router } = renderWithApp(<AuditPage />, '/audit')
    await user.type(await screen.findByRole('textbox', { name: 'Šeima' }), 'Petr')
    const option = await screen.findByRole('option', { name: /F-2026-0007/, hidden: true })
    expect(within(option).getByText('Asta Petraitienė, Tomas Petraitis')).toBeInTheDocument()
    expect(api.searches('/api/v1/families').at(-1)?.get('q')).toBe('Petr')

    await user.click(option)
    await waitFor(() => expect(api.lastLogSearch()?.get('familyReference')).toBe('F-2026-0007'))
    expect(new URLSearchParams(router.state.location.search).get('family')).toBe('F-2026-0007')
  })

  it('takes a full reference typed in, even of a family the list does not show', async () => {
    const api = fakeApi()
    const user = userEvent.setup()
    const { router } = renderWithApp(<AuditPage />, '/audit')
    await user.type(await screen.findByRole('textbox', { name: 'Šeima' }), 'f-2025-0099')
    await waitFor(() => expect(api.lastLogSearch()?.get('familyReference')).toBe('F-2025-0099'))
    expect(new URLSearchParams(router.state.location.search).get('family')).toBe('F-2025-0099')
  })

  it('sends no family filter while the text is not a reference', async () => {
    const api = fakeApi()
    const user = userEvent.setup()
    renderWithApp(<AuditPage />, '/audit')
    await user.type(await screen.findByRole('textbox', { name: 'Šeima' }), 'F-2025{Enter}')
    await waitFor(() => expect(api.searches('/api/v1/families').at(-1)?.get('q')).toBe('F-2025'))
    expect(api.searches('/api/v1/audit').every((query) => !query.has('familyReference'))).toBe(true)
  })
})
