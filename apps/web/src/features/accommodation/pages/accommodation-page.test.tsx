import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { boardAnswer, facility, officer } from '../components/accommodation-fixtures'
import { AccommodationPage } from './accommodation-page'

const fakeApi = () =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const { pathname } = new URL(String(input), 'http://localhost')
      if (pathname === '/api/v1/accommodation/facilities') return jsonResponse({ items: [facility] })
      if (pathname === '/api/v1/sites') return jsonResponse({ items: [], nextCursor: null })
      const body = boardAnswer(pathname)
      return body === undefined ? new Response('not found', { status: 404 }) : jsonResponse(body)
    }),
  )

describe('AccommodationPage', () => {
  describe('for an accommodation officer', () => {
    signedInForEachTest(officer)

    it('opens the night and facility named in the address on the bed board', async () => {
      fakeApi()
      renderWithApp(<AccommodationPage />, `/accommodation?facility=${facility.id}&night=2030-01-10`)
      expect(await screen.findByRole('tab', { name: 'Lovos', selected: true })).toBeInTheDocument()
      expect(screen.getByRole('tab', { name: 'Laiko juosta' })).toBeInTheDocument()
      expect(await screen.findByText('Rasa Jonaitienė')).toBeInTheDocument()
      expect(screen.getByLabelText('Naktis')).toHaveValue('2030-01-10')
    })
  })

  describe('for an administrator, who sets up facilities but does not place people', () => {
    signedInForEachTest(adminUser)

    it('shows only the setup, even when the address asks for the board', async () => {
      fakeApi()
      renderWithApp(<AccommodationPage />, '/accommodation?tab=board')
      expect(
        await screen.findByRole('tab', { name: 'Vietos, kambariai ir lovos', selected: true }),
      ).toBeInTheDocument()
      expect(screen.queryByRole('tab', { name: 'Lovos' })).not.toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Apgyvendinti šeimą' })).not.toBeInTheDocument()
      expect(
        await screen.findByRole('heading', { name: 'Kambariai ir lovos: Krizinis apgyvendinimas' }),
      ).toBeInTheDocument()
    })
  })
})
