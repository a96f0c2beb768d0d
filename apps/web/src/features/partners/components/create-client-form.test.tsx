import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { fakeFetch } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { vilnius, withSecret } from './api-client-fixtures'
import { CreateClientForm } from './create-client-form'

describe('CreateClientForm', () => {
  signedInForEachTest(adminUser)

  it('asks for a name of three characters and a scope before sending anything', async () => {
    const calls = fakeFetch(() => jsonResponse(withSecret(), 201))
    const user = userEvent.setup()
    renderWithApp(<CreateClientForm partnerId={vilnius.id} onIssued={vi.fn()} onCancel={vi.fn()} />)

    const form = screen.getByRole('form', { name: 'Naujas API klientas' })
    await user.type(within(form).getByRole('textbox', { name: /Pavadinimas/ }), '  V ')
    await user.click(within(form).getByRole('button', { name: 'Išduoti klientą' }))

    expect(await within(form).findByText('Bent 3 simboliai')).toBeInTheDocument()
    expect(within(form).getByText('Pasirinkite bent vieną leidimą')).toBeInTheDocument()
    expect(calls).toHaveLength(0)
  })

  it('describes each scope and sends the name trimmed with the chosen scopes, handing back the secret', async () => {
    const calls = fakeFetch(() => jsonResponse(withSecret(), 201))
    const onIssued = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<CreateClientForm partnerId={vilnius.id} onIssued={onIssued} onCancel={vi.fn()} />)

    const form = screen.getByRole('form', { name: 'Naujas API klientas' })
    const write = within(form).getByRole('checkbox', { name: 'referrals:write' })
    expect(write).toHaveAccessibleDescription('Nukreipti šeimas į centrą.')
    expect(within(form).getByRole('checkbox', { name: 'webhooks:manage' })).toHaveAccessibleDescription(
      /pristatymo žurnalą/,
    )
    await user.type(within(form).getByRole('textbox', { name: /Pavadinimas/ }), ' VTAS integracija ')
    await user.click(within(form).getByRole('checkbox', { name: 'referrals:read' }))
    await user.click(write)
    await user.click(within(form).getByRole('button', { name: 'Išduoti klientą' }))

    await waitFor(() => expect(onIssued).toHaveBeenCalledWith(withSecret()))
    expect(calls).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/api/v1/partners/${vilnius.id}/clients`,
        body: { name: 'VTAS integracija', scopes: ['referrals:write', 'referrals:read'] },
      }),
    ])
  })

  it('explains a partnership that is no longer live in Lithuanian and keeps what was typed', async () => {
    fakeFetch(() => problemResponse(409, '/problems/partnership-not-live'))
    const onIssued = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<CreateClientForm partnerId={vilnius.id} onIssued={onIssued} onCancel={vi.fn()} />)

    const form = screen.getByRole('form', { name: 'Naujas API klientas' })
    const name = within(form).getByRole('textbox', { name: /Pavadinimas/ })
    await user.type(name, 'VTAS integracija')
    await user.click(within(form).getByRole('checkbox', { name: 'statistics:read' }))
    await user.click(within(form).getByRole('button', { name: 'Išduoti klientą' }))

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Su šia savivaldybe nėra galiojančios partnerystės',
    )
    expect(name).toHaveValue('VTAS integracija')
    expect(within(form).getByRole('checkbox', { name: 'statistics:read' })).toBeChecked()
    expect(onIssued).not.toHaveBeenCalled()
  })
})
