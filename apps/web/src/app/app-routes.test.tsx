import { routes } from '@onestop/contracts/client'
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../lib/i18n'
import { sessionStore } from '../lib/session-store'
import { adminUser, sessionFor } from '../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../test/render'
import { AppRoutes } from './app-routes'

const specialist = {
  ...adminUser,
  name: 'Rūta Kazlauskienė',
  roles: ['specialist' as const],
  professions: ['psychologist' as const],
}

const answerRefreshWith = (response: () => Response) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === routes.refresh.path ? response() : problemResponse(404, '/problems/not-found'),
    ),
  )

describe('AppRoutes', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
    sessionStore.reset()
  })
  afterEach(() => sessionStore.reset())

  it('restores no session without a refresh cookie and shows the sign-in page', async () => {
    answerRefreshWith(() => problemResponse(401, '/problems/unauthorized'))
    renderWithApp(<AppRoutes />, '/users')
    expect(await screen.findByRole('button', { name: 'Prisijungti' })).toBeInTheDocument()
  })

  it('restores the session on start and shows only the areas the contracts let the role use', async () => {
    answerRefreshWith(() => jsonResponse(sessionFor('token', specialist)))
    renderWithApp(<AppRoutes />, '/users')

    expect(await screen.findByRole('heading', { name: 'Sveiki, Rūta Kazlauskienė!' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Pagrindinis meniu' })
    expect(within(nav).getByRole('link', { name: 'Pradžia' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Mano paskyra' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Šeimos' })).toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Naudotojai' })).not.toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Skubios prieigos' })).not.toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Veiksmų žurnalas' })).not.toBeInTheDocument()
    // Specialists may read partnerships and the deliveries of families they see (the routes' access).
    expect(within(nav).getByRole('link', { name: 'Partnerystės' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Suteiktos paslaugos' })).toBeInTheDocument()
    // Everyone reads the methodology catalogue and their own certifications; only managers the rest.
    expect(within(nav).getByRole('link', { name: 'Metodikos' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Mano sertifikatai' })).toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Sertifikatai' })).not.toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Kompetencijų matrica' })).not.toBeInTheDocument()
    expect(screen.getByText('Psichologas')).toBeInTheDocument()
  })

  it('sends a user who must enrol in two-factor sign-in to the enrolment page', async () => {
    answerRefreshWith(() => jsonResponse({ ...sessionFor('token'), mfaSetupRequired: true }))
    renderWithApp(<AppRoutes />, '/')
    expect(await screen.findByRole('heading', { name: 'Dviejų veiksnių prisijungimas' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Pradėti' })).toBeInTheDocument()
  })
})
