import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { familyFixture, memberFixture } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { FamiliesTable } from './families-table'
import { MembersTab } from './members-tab'

const html = '<img src=x onerror="alert(1)">'

describe('names typed by users', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('are shown literally in the families list, never as HTML', () => {
    renderWithApp(<FamiliesTable families={[{ ...familyFixture, memberNames: [`${html} <b>Bold</b>`] }]} />)
    expect(screen.getByText(`${html} <b>Bold</b>`)).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
    expect(document.querySelector('td b')).toBeNull()
  })

  it('are shown literally in the members table, with hidden contacts marked confidential', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse({
          items: [
            { ...memberFixture, givenName: html, familyName: '<b>Bold</b>' },
            {
              ...memberFixture,
              id: '9a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
              givenName: 'Rūta',
              contacts: null,
              contactsConfidential: true,
              hasPersonalCode: true,
            },
          ],
        }),
      ),
    )
    renderWithApp(<MembersTab family={familyFixture} canManage={false} />)

    expect(await screen.findByText(`${html} <b>Bold</b>`)).toBeInTheDocument()
    expect(document.querySelector('img')).toBeNull()
    expect(document.querySelector('td b')).toBeNull()
    expect(screen.getByText('Konfidencialu')).toBeInTheDocument()
    expect(screen.getByText('Kontaktai paslėpti')).toBeInTheDocument()
    expect(screen.getByText('Įrašytas (paslėptas)')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Redaguoti/ })).not.toBeInTheDocument()
  })
})
