import type { Service } from '@onestop/contracts'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { type FetchCall, fakeFetch } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { ServiceForm } from './service-form'

const service: Service = {
  id: '1f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  organisationId: adminUser.organisationId,
  code: 'psychologist-children',
  catalogueCode: '202',
  nameLt: 'Psichologo konsultacija vaikams',
  nameEn: 'Psychologist consultation for children',
  mode: 'individual',
  professions: ['psychologist'],
  roomKinds: ['children'],
  defaultDurationMinutes: 60,
  defaultCapacity: null,
  methodology: null,
  active: true,
  version: 3,
  createdAt: '2026-01-01T10:00:00+02:00',
  updatedAt: '2026-01-01T10:00:00+02:00',
}

const methodology = { id: '5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d', name: 'Group Teen Triple P' }

/** Answers the methodology picker's list itself and the form's writes with `answer`; returns the writes. */
const fakeApi = (answer: () => Response) => {
  const calls = fakeFetch((call) =>
    call.path === '/api/v1/methodologies' ? jsonResponse({ items: [methodology] }) : answer(),
  )
  return {
    get writes() {
      return calls.filter((call) => call.method !== 'GET')
    },
  }
}

const renderForm = (
  props: { service?: Service; onDone?: () => void; onReload?: () => Promise<unknown> } = {},
) => renderWithApp(<ServiceForm onDone={props.onDone ?? vi.fn()} {...props} />)

describe('ServiceForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('sends only what changed, with the version it read as If-Match', async () => {
    const api = fakeApi(() => jsonResponse({ ...service, defaultDurationMinutes: 45, version: 4 }))
    const onDone = vi.fn()
    const user = userEvent.setup()
    renderForm({ service, onDone, onReload: vi.fn() })
    const duration = screen.getByRole('textbox', { name: /Įprasta trukmė/ })
    await user.clear(duration)
    await user.type(duration, '45')
    await user.click(screen.getByRole('checkbox', { name: 'Konsultacijų kabinetas' }))
    await user.click(screen.getByRole('button', { name: 'Išsaugoti' }))

    await waitFor(() => expect(onDone).toHaveBeenCalled())
    expect(api.writes).toHaveLength(1)
    const [patch] = api.writes as [FetchCall]
    expect(patch.method).toBe('PATCH')
    expect(patch.path).toBe(`/api/v1/services/${service.id}`)
    expect(patch.headers['If-Match']).toBe('"3"')
    expect(patch.body).toEqual({ roomKinds: ['children', 'consultation'], defaultDurationMinutes: 45 })
  })

  it('says the service was changed by someone else (412) and offers to reload it', async () => {
    fakeApi(() => problemResponse(412, '/problems/stale-version'))
    const onDone = vi.fn()
    const onReload = vi.fn(() => Promise.resolve())
    const user = userEvent.setup()
    renderForm({ service, onDone, onReload })
    const name = screen.getByRole('textbox', { name: /Pavadinimas lietuviškai/ })
    fireEvent.change(name, { target: { value: 'Psichologo konsultacija vaikams ir paaugliams' } })
    await user.click(screen.getByRole('button', { name: 'Išsaugoti' }))

    const stale = await screen.findByText(/^Atnaujinkite jį ir pamatysite pakeitimus\./)
    expect(stale.closest('[role="alert"]')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    expect(onDone).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(onReload).toHaveBeenCalledTimes(1)
    expect(name).toHaveValue('Psichologo konsultacija vaikams ir paaugliams')
  })

  it('refuses a group service without places before sending, sends the chosen methodology, and shows a taken code on the code field', async () => {
    const api = fakeApi(() =>
      problemResponse(409, '/problems/service-code-taken', { detail: 'already has a service with the code' }),
    )
    const user = userEvent.setup()
    renderForm()
    const fill = (name: RegExp, value: string) =>
      fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } })
    fill(/^Kodas/, 'parenting-group')
    fill(/Pavadinimas lietuviškai/, 'Tėvystės įgūdžių grupė')
    fill(/Pavadinimas angliškai/, 'Parenting skills group')
    await user.click(screen.getByRole('textbox', { name: /Teikimo forma/ }))
    await user.click(await screen.findByRole('option', { name: 'Grupinė', hidden: true }))
    await user.click(screen.getByRole('checkbox', { name: 'Socialinis darbuotojas' }))
    await user.click(screen.getByRole('textbox', { name: /^Metodika/ }))
    await user.click(await screen.findByRole('option', { name: methodology.name, hidden: true }))
    await user.click(screen.getByRole('button', { name: 'Pridėti paslaugą' }))
    expect(await screen.findByText('Grupinei paslaugai nurodykite vietų skaičių.')).toBeInTheDocument()
    expect(api.writes).toHaveLength(0)

    await user.type(screen.getByRole('textbox', { name: /Įprastas vietų skaičius/ }), '8')
    await user.click(screen.getByRole('button', { name: 'Pridėti paslaugą' }))
    expect(await screen.findByText('Paslauga tokiu kodu jau yra.')).toBeInTheDocument()
    expect(api.writes).toHaveLength(1)
    expect(api.writes[0]?.body).toEqual({
      code: 'parenting-group',
      nameLt: 'Tėvystės įgūdžių grupė',
      nameEn: 'Parenting skills group',
      mode: 'group',
      professions: ['social_worker'],
      roomKinds: [],
      defaultDurationMinutes: 60,
      defaultCapacity: 8,
      methodologyId: methodology.id,
      active: true,
    })
  })
})
