import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { NOW, referralSummary } from '../components/referral-fixtures'
import { ReferralsPage } from './referrals-page'

const overdue = referralSummary({
  id: 'bc9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  fromOrganisation: { id: 'cc9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Kauno miesto savivaldybė' },
  partnerReference: 'KMS-17',
  urgency: 'routine',
  answerDueAt: '2026-03-10T08:00:00Z',
  overdue: true,
  personCount: 1,
})

describe('ReferralsPage', () => {
  signedInForEachTest(adminUser)

  it('lists waiting referrals with their urgency and the time left or overdue, linking to each', async () => {
    const calls = fakeFetch((call) =>
      call.path === '/api/v1/incoming-referrals'
        ? jsonResponse({ items: [overdue, referralSummary()], nextCursor: null })
        : notFound(),
    )
    renderWithApp(<ReferralsPage now={NOW} />, '/referrals')
    const table = await screen.findByRole('table', { name: 'Laukia atsakymo' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0]).toHaveTextContent('Kauno miesto savivaldybė')
    expect(rows[0]).toHaveTextContent('KMS-17')
    expect(rows[0]).toHaveTextContent('Įprastas')
    expect(within(rows[0] as HTMLElement).getByText('vėluojama 2 val.')).toBeInTheDocument()
    expect(rows[1]).toHaveTextContent('Skubus')
    expect(rows[1]).toHaveTextContent('atsakyti per 5 val. 20 min.')
    expect(
      within(rows[1] as HTMLElement).getByRole('link', { name: 'Vilniaus miesto savivaldybė' }),
    ).toHaveAttribute('href', `/referrals/${referralSummary().id}`)
    expect(screen.getByRole('region', { name: 'Laukia atsakymo' })).toBeInTheDocument()
    expect(calls[0]?.search).toContain('status=received')
  })

  it('asks for the urgency and status chosen', async () => {
    const calls = fakeFetch((call) =>
      call.path === '/api/v1/incoming-referrals' ? jsonResponse({ items: [], nextCursor: null }) : notFound(),
    )
    const user = userEvent.setup()
    renderWithApp(<ReferralsPage now={NOW} />, '/referrals')
    expect(await screen.findByText('Nukreipimų nėra')).toBeInTheDocument()
    await user.click(screen.getByRole('textbox', { name: 'Skubumas' }))
    await user.click(await screen.findByRole('option', { name: 'Skubus', hidden: true }))
    await waitFor(() => expect(calls.at(-1)?.search).toContain('urgency=urgent'))
    expect(calls.at(-1)?.search).toContain('status=received')
  })
})
