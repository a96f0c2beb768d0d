import { routes } from '@onestop/contracts/client'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { sessionStore } from '../../../lib/session-store'
import { sessionFor } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { SignInForm } from './sign-in-form'

const bodyOf = (call: readonly unknown[] | undefined) =>
  JSON.parse(String(((call?.[1] ?? {}) as RequestInit).body))

describe('SignInForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
    sessionStore.clear()
  })
  afterEach(() => sessionStore.reset())

  it('shows validation errors in Lithuanian and sends nothing', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<SignInForm onSignedIn={() => undefined} />)

    await user.click(screen.getByRole('button', { name: 'Prisijungti' }))
    expect(await screen.findAllByText('Privalomas laukas')).toHaveLength(2)

    await user.type(screen.getByLabelText(/El. paštas/), 'not-an-email')
    await user.click(screen.getByRole('button', { name: 'Prisijungti' }))
    expect(await screen.findByText('Įveskite teisingą el. pašto adresą')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('asks for the one-time code on mfa-required and resubmits with it', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body))
      return body.otp ? jsonResponse(sessionFor('token')) : problemResponse(401, '/problems/mfa-required')
    })
    vi.stubGlobal('fetch', fetchMock)
    const onSignedIn = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />)

    await user.type(screen.getByLabelText(/El. paštas/), 'admin@onestop.example')
    await user.type(screen.getByLabelText(/Slaptažodis/), 'OneStop-demo-2026')
    await user.click(screen.getByRole('button', { name: 'Prisijungti' }))

    const code = await screen.findByLabelText(/Vienkartinis kodas/)
    await user.click(screen.getByRole('button', { name: 'Patvirtinti' }))
    expect(await screen.findByText('Įveskite 6 skaitmenų kodą arba atsarginį kodą')).toBeInTheDocument()

    await user.type(code, '123456')
    await user.click(screen.getByRole('button', { name: 'Patvirtinti' }))

    await waitFor(() => expect(onSignedIn).toHaveBeenCalled())
    expect(fetchMock.mock.calls[1]?.[0]).toBe(routes.login.path)
    expect(bodyOf(fetchMock.mock.calls[1])).toEqual({
      email: 'admin@onestop.example',
      password: 'OneStop-demo-2026',
      otp: '123456',
    })
    expect(sessionStore.accessToken()).toBe('token')
  })

  it('says so when the credentials are wrong, and puts server field errors on the fields', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(problemResponse(401, '/problems/invalid-credentials'))
      .mockResolvedValueOnce(
        problemResponse(400, '/problems/validation', {
          errors: [
            {
              pointer: '/email',
              code: 'too-long',
              params: { limit: 254 },
              message: 'must not be longer than 254 characters',
            },
          ],
        }),
      )
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<SignInForm onSignedIn={() => undefined} />)

    await user.type(screen.getByLabelText(/El. paštas/), 'admin@onestop.example')
    await user.type(screen.getByLabelText(/Slaptažodis/), 'wrong')
    await user.click(screen.getByRole('button', { name: 'Prisijungti' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Neteisingas el. paštas, slaptažodis arba kodas.',
    )

    await user.click(screen.getByRole('button', { name: 'Prisijungti' }))
    expect(await screen.findByText('Ne ilgesnis kaip 254 simbolių')).toBeInTheDocument()
  })
})
