import type { Partnership } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { PartnershipsPage } from './partnerships-page'

const centre = { id: adminUser.organisationId, name: 'Vieno langelio centras' }
const ngo = {
  id: '2c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Kretingos moterų informacijos ir mokymo centras',
}
const consultation = {
  id: '3d9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  nameLt: 'Individuali psichologo konsultacija vaikams',
  nameEn: 'Psychologist consultation for children',
}

const partnership = (overrides: Partial<Partnership>): Partnership => ({
  id: '4e9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  organisation: ngo,
  partnerOrganisation: centre,
  agreementReference: 'Sutartis Nr. BS-2026/14',
  startsOn: '2026-05-07',
  endsOn: null,
  services: [consultation],
  status: 'proposed',
  proposedAt: '2026-05-01T10:00:00+03:00',
  acceptedAt: null,
  endedAt: null,
  endReason: null,
  ...overrides,
})

interface Call {
  method: string
  path: string
  body: unknown
}

const fakeApi = (items: Partnership[], write: (call: Call) => Response) => {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost')
      const call = {
        method: init?.method ?? 'GET',
        path: url.pathname,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      }
      calls.push(call)
      if (call.method !== 'GET') return write(call)
      if (call.path === '/api/v1/partnerships') return jsonResponse({ items })
      if (call.path === '/api/v1/organisations')
        return jsonResponse({
          items: [
            { ...centre, kind: 'centre', municipality: 'Vilniaus miesto savivaldybė' },
            { ...ngo, kind: 'ngo', municipality: 'Kretingos rajono savivaldybė' },
          ],
        })
      if (call.path === '/api/v1/services')
        return jsonResponse({ items: [{ ...consultation, active: true }], nextCursor: null })
      return new Response('not found', { status: 404 })
    }),
  )
  return calls
}

describe('PartnershipsPage', () => {
  signedInForEachTest(adminUser)

  it('lists a proposal addressed to the organisation with an Accept button, and accepts it after asking', async () => {
    const calls = fakeApi([partnership({})], () => jsonResponse(partnership({ status: 'live' })))
    const user = userEvent.setup()
    renderWithApp(<PartnershipsPage />)

    const table = await screen.findByRole('table', { name: 'Partnerystės' })
    const row = within(table).getByRole('row', { name: new RegExp(ngo.name) })
    expect(within(row).getByText('Pasiūlyta')).toBeInTheDocument()
    expect(within(row).getByText(consultation.nameLt)).toBeInTheDocument()
    expect(within(row).getByText('Mūsų darbuotojai gali dirbti su jos šeimomis')).toBeInTheDocument()

    await user.click(within(row).getByRole('button', { name: `Priimti partnerystę su ${ngo.name}` }))
    await user.click(await screen.findByRole('button', { name: 'Priimti partnerystę' }))

    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'POST',
        path: `/api/v1/partnerships/${partnership({}).id}/accept`,
        body: undefined,
      }),
    )
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/v1/partnerships')).toHaveLength(2))
  })

  it('offers no Accept to the proposing organisation, only End', async () => {
    fakeApi([partnership({ organisation: centre, partnerOrganisation: ngo })], () => jsonResponse({}))
    renderWithApp(<PartnershipsPage />)
    const table = await screen.findByRole('table', { name: 'Partnerystės' })
    expect(within(table).queryByRole('button', { name: /Priimti/ })).not.toBeInTheDocument()
    expect(
      within(table).getByRole('button', { name: `Nutraukti partnerystę su ${ngo.name}` }),
    ).toBeInTheDocument()
  })

  it('proposes to another organisation (never its own) and explains an overlap in Lithuanian', async () => {
    const calls = fakeApi([], () => problemResponse(409, '/problems/partnership-overlaps'))
    const user = userEvent.setup()
    renderWithApp(<PartnershipsPage />)

    await user.click(await screen.findByRole('button', { name: 'Pasiūlyti partnerystę' }))
    const form = await screen.findByRole('form', { name: 'Partnerystės pasiūlymas' })
    await user.click(within(form).getByRole('textbox', { name: /Partnerė organizacija/ }))
    const option = await screen.findByRole('option', { name: ngo.name, hidden: true })
    expect(screen.queryByRole('option', { name: centre.name, hidden: true })).not.toBeInTheDocument()
    await user.click(option)
    await user.type(within(form).getByRole('textbox', { name: /Sutartis/ }), 'Sutartis Nr. BS-2026/14')
    await user.click(within(form).getByRole('textbox', { name: /Paslaugos/ }))
    await user.click(await screen.findByRole('option', { name: consultation.nameLt, hidden: true }))
    await user.click(within(form).getByRole('button', { name: 'Pasiūlyti' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'jau turi pasiūlytą arba sutartą partnerystę',
    )
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/v1/partnerships')
    expect(post?.body).toEqual({
      partnerOrganisationId: ngo.id,
      agreementReference: 'Sutartis Nr. BS-2026/14',
      startsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      serviceIds: [consultation.id],
    })
  })

  it('asks for ten characters of reason before ending', async () => {
    const calls = fakeApi([partnership({ status: 'live' })], () => jsonResponse({}))
    const user = userEvent.setup()
    renderWithApp(<PartnershipsPage />)
    await user.click(await screen.findByRole('button', { name: `Nutraukti partnerystę su ${ngo.name}` }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByRole('textbox', { name: /Priežastis/ }), 'Baigėsi')
    await user.click(within(dialog).getByRole('button', { name: 'Nutraukti partnerystę' }))
    expect(await within(dialog).findByText('Bent 10 teksto simbolių')).toBeInTheDocument()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })
})
