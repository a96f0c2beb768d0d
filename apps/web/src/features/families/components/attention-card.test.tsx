import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { AttentionCard } from './attention-card'

const familyId = '7e9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

const fakeAttention = (unassignedFamilies: unknown[]) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      new URL(String(input), 'http://localhost').pathname === '/api/v1/case-plans/attention'
        ? jsonResponse({ overdueReviews: [], overdueGoals: [], repeatedNoShows: [], unassignedFamilies })
        : new Response('not found', { status: 404 }),
    ),
  )

describe('AttentionCard: families without a case manager', () => {
  signedInForEachTest(adminUser)

  it('names the reason and links to the family’s team to assign one', async () => {
    fakeAttention([{ familyId, referenceCode: 'F-2026-0007', openedAt: '2026-11-30T09:00:00.000Z' }])
    renderWithApp(<AttentionCard />)
    expect(
      await screen.findByRole('heading', { name: 'Nepaskirtas atvejo vadybininkas' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'F-2026-0007' })).toHaveAttribute('href', `/families/${familyId}`)
    expect(screen.getByRole('link', { name: 'Paskirti atvejo vadybininką: F-2026-0007' })).toHaveAttribute(
      'href',
      `/families/${familyId}?tab=team`,
    )
    expect(screen.getByText(/atidaryta/)).toBeInTheDocument()
  })

  it('says nothing needs attention when every family has a case manager', async () => {
    fakeAttention([])
    renderWithApp(<AttentionCard />)
    expect(await screen.findByText('Vėluojančių peržiūrų ir tikslų nėra.')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Nepaskirtas atvejo vadybininkas' })).not.toBeInTheDocument()
  })
})
