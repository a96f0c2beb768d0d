import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { type FetchCall, fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { apiClient, municipality, SECRET, vilnius, withSecret } from '../components/api-client-fixtures'
import { activeWebhook, disabledWebhook } from '../components/webhook-fixtures'
import { PartnersPage } from './partners-page'

const kaunas = {
  id: '9e9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Kauno miesto savivaldybė',
  municipality: 'Kauno miesto savivaldybė',
  partnershipLive: false,
  clients: [],
}

const api = (write: (call: FetchCall) => Response) =>
  fakeFetch((call) => {
    if (call.method !== 'GET') return write(call)
    if (call.path === '/api/v1/partners')
      return jsonResponse({ items: [kaunas, municipality({ clients: [apiClient()] })] })
    if (call.path === `/api/v1/partners/${vilnius.id}/webhooks`)
      return jsonResponse({ items: [activeWebhook, disabledWebhook] })
    return notFound()
  })

/** axe's findings, leaving out what jsdom cannot judge (colours are checked in the browser suite). */
const violations = async (container: Element) => {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.html).join(' | ')}`,
  )
}

describe('PartnersPage', () => {
  signedInForEachTest(adminUser)

  it('shows each municipality with its partnership state, offering a new client only where it is live', async () => {
    api(() => notFound())
    renderWithApp(<PartnersPage />)
    const vilniusSection = await screen.findByRole('region', { name: vilnius.name })
    expect(within(vilniusSection).getByText('Partnerystė galioja')).toBeInTheDocument()
    expect(
      within(vilniusSection).getByRole('table', { name: `API klientai: ${vilnius.name}` }),
    ).toBeInTheDocument()
    const kaunasSection = screen.getByRole('region', { name: kaunas.name })
    expect(within(kaunasSection).getByText('Partnerystė negalioja')).toBeInTheDocument()
    expect(within(kaunasSection).getByText('API klientų dar neišduota.')).toBeInTheDocument()
    expect(within(kaunasSection).queryByRole('button', { name: /Išduoti/ })).not.toBeInTheDocument()
  })

  it('shows the webhooks of a municipality with clients, and says there are none for one without', async () => {
    const calls = api(() => notFound())
    const user = userEvent.setup()
    const { container } = renderWithApp(<PartnersPage />)
    const vilniusSection = await screen.findByRole('region', { name: vilnius.name })
    const webhooks = await within(vilniusSection).findByRole('table', {
      name: `Webhook prenumeratos: ${vilnius.name}`,
    })
    expect(within(webhooks).getByText('https://vtas.vilnius.lt/onestop/webhooks')).toBeInTheDocument()
    await user.click(within(webhooks).getByRole('button', { name: /Rodyti paskutinius pristatymus \(4\)/ }))
    expect(
      within(webhooks).getByText('Neišsiųsta: šeima atšaukė sutikimą teikti duomenis savivaldybei.'),
    ).toBeInTheDocument()
    const kaunasSection = screen.getByRole('region', { name: kaunas.name })
    expect(
      within(kaunasSection).getByText('Savivaldybės sistema dar neužsakė jokių pranešimų (webhook).'),
    ).toBeInTheDocument()
    expect(calls.filter((c) => c.path.endsWith('/webhooks')).map((c) => c.path)).toEqual([
      `/api/v1/partners/${vilnius.id}/webhooks`,
    ])
    expect(await violations(container)).toEqual([])
  })

  it('says a municipality has no webhooks when its system subscribed to none', async () => {
    fakeFetch((call) => {
      if (call.path === '/api/v1/partners')
        return jsonResponse({ items: [municipality({ clients: [apiClient()] })] })
      return jsonResponse({ items: [] })
    })
    renderWithApp(<PartnersPage />)
    const vilniusSection = await screen.findByRole('region', { name: vilnius.name })
    expect(
      await within(vilniusSection).findByText('Savivaldybės sistema dar neužsakė jokių pranešimų (webhook).'),
    ).toBeInTheDocument()
    expect(within(vilniusSection).queryByRole('table', { name: /Webhook/ })).not.toBeInTheDocument()
  })

  it('issues a client and shows its secret once, gone once the copy is confirmed', async () => {
    const calls = api(() =>
      jsonResponse(withSecret(apiClient({ id: 'new', name: 'Nauja integracija' })), 201),
    )
    const user = userEvent.setup()
    renderWithApp(<PartnersPage />)
    await user.click(await screen.findByRole('button', { name: `Išduoti API klientą: ${vilnius.name}` }))
    const form = await screen.findByRole('form', { name: 'Naujas API klientas' })
    await user.type(within(form).getByRole('textbox', { name: /Pavadinimas/ }), 'Nauja integracija')
    await user.click(within(form).getByRole('checkbox', { name: 'referrals:write' }))
    await user.click(within(form).getByRole('button', { name: 'Išduoti klientą' }))

    const dialog = await screen.findByRole('dialog', { name: 'API klientas išduotas' })
    expect(within(dialog).getByText(SECRET)).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Naujas API klientas' })).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('checkbox', { name: /Nukopijavau/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Uždaryti' }))
    await waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument())
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/v1/partners')).toHaveLength(2))
  })

  it('rotates with the overlap the admin chose (24 hours unless changed) and shows the new secret', async () => {
    const calls = api(() => jsonResponse(withSecret()))
    const user = userEvent.setup()
    renderWithApp(<PartnersPage />)
    await user.click(
      await screen.findByRole('button', { name: 'Keisti slaptažodį: Vilniaus miesto VTAS integracija' }),
    )
    const form = await screen.findByRole('form', { name: 'Slaptažodžio keitimas' })
    const overlap = within(form).getByRole('textbox', { name: /Kiek valandų veiks ir senasis/ })
    expect(overlap).toHaveValue('24')
    await user.clear(overlap)
    await user.type(overlap, '0')
    await user.click(within(form).getByRole('button', { name: 'Išduoti naują slaptažodį' }))

    expect(await screen.findByRole('dialog', { name: 'Naujas slaptažodis išduotas' })).toHaveTextContent(
      SECRET,
    )
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: `/api/v1/partners/${vilnius.id}/clients/${apiClient().id}/secret`,
      body: { overlapHours: 0 },
    })
  })

  it('revokes after saying it takes effect at once, and explains a client already revoked', async () => {
    const calls = api(() => problemResponse(409, '/problems/api-client-revoked'))
    const user = userEvent.setup()
    renderWithApp(<PartnersPage />)
    await user.click(
      await screen.findByRole('button', { name: 'Atšaukti klientą „Vilniaus miesto VTAS integracija“' }),
    )
    const dialog = await screen.findByRole('dialog', { name: /Atšaukti klientą/ })
    expect(dialog).toHaveTextContent('įsigalioja iš karto')
    await user.click(within(dialog).getByRole('button', { name: 'Atšaukti klientą' }))
    expect(await screen.findByText('Šis API klientas atšauktas. (užklausos nr. req-1)')).toBeInTheDocument()
    expect(calls.find((c) => c.method === 'POST')?.path).toBe(
      `/api/v1/partners/${vilnius.id}/clients/${apiClient().id}/revoke`,
    )
  })
})
