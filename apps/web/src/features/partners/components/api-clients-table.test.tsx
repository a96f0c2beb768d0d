import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { apiClient, vilnius } from './api-client-fixtures'
import { ApiClientsTable } from './api-clients-table'

const NOW = new Date('2026-06-01T09:00:00Z')

const rotated = apiClient({
  lastTokenAt: '2026-06-01T08:30:00Z',
  secrets: [
    { id: 'a1', hint: 'old1', createdAt: '2026-05-01T10:00:00Z', expiresAt: '2026-06-02T08:00:00Z' },
    { id: 'a2', hint: 'new2', createdAt: '2026-06-01T08:00:00Z', expiresAt: null },
  ],
})
const revoked = apiClient({
  id: '8d9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  clientId: 'osc_00aa11bb22cc33dd',
  name: 'Senoji integracija',
  scopes: ['statistics:read'],
  status: 'revoked',
  secrets: [],
  revokedAt: '2026-05-20T10:00:00Z',
})

const renderTable = () => {
  const onRotate = vi.fn()
  renderWithApp(
    <>
      <h3 id="title">API clients</h3>
      <ApiClientsTable
        partnerId={vilnius.id}
        clients={[rotated, revoked]}
        titleId="title"
        title="API klientai"
        now={NOW}
        onRotate={onRotate}
      />
    </>,
  )
  return onRotate
}

describe('ApiClientsTable', () => {
  describe('in Lithuanian', () => {
    signedInForEachTest(adminUser)

    it('lists each client with its id, scopes, status, secrets by hint and last token, in a scrolling region', async () => {
      const onRotate = renderTable()
      expect(screen.getByRole('region', { name: 'API clients' })).toBeInTheDocument()
      const table = screen.getByRole('table', { name: 'API klientai' })
      const active = within(table).getByRole('row', { name: /Vilniaus miesto VTAS integracija/ })
      expect(within(active).getByText('osc_4f3a9c1e2b7d4e8f')).toBeInTheDocument()
      expect(within(active).getByText('referrals:write')).toBeInTheDocument()
      expect(within(active).getByText('referrals:read')).toBeInTheDocument()
      expect(within(active).getByText('Aktyvus')).toBeInTheDocument()
      const secrets = within(active).getAllByRole('listitem')
      expect(secrets.map((item) => item.textContent)).toEqual([
        expect.stringMatching(/^Dabartinis …new2, nuo 2026-06-01$/),
        expect.stringMatching(/^Ankstesnis …old1, nustos veikti po 23 valandų \(2026-06-02 11:00\)$/),
      ])
      expect(within(active).getByText('2026-06-01 11:30')).toBeInTheDocument()
      await userEvent.click(
        within(active).getByRole('button', { name: 'Keisti slaptažodį: Vilniaus miesto VTAS integracija' }),
      )
      expect(onRotate).toHaveBeenCalledWith(rotated)
      expect(
        within(active).getByRole('button', { name: 'Atšaukti klientą „Vilniaus miesto VTAS integracija“' }),
      ).toBeInTheDocument()

      const gone = within(table).getByRole('row', { name: /Senoji integracija/ })
      expect(within(gone).getByText('Atšauktas')).toBeInTheDocument()
      expect(within(gone).getByText(/^Atšauktas 2026-05-20$/)).toBeInTheDocument()
      expect(within(gone).getByText('Nėra veikiančių slaptažodžių')).toBeInTheDocument()
      expect(within(gone).getByText('Dar negavo')).toBeInTheDocument()
      expect(within(gone).queryByRole('button')).not.toBeInTheDocument()
    })
  })

  describe('in English', () => {
    signedInForEachTest(adminUser, 'en')

    it('says when a rotated-out secret stops working', () => {
      renderTable()
      const table = screen.getByRole('table', { name: 'API klientai' })
      expect(
        within(table).getByText(/Previous …old1, stops working in 23 hours \(02\/06\/2026, 11:00\)/),
      ).toBeInTheDocument()
      expect(within(table).getByText('Not yet')).toBeInTheDocument()
    })
  })
})
