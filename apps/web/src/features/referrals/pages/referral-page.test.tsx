import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { type FetchCall, fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { FAMILY_ID, incomingReferral, MATCHED_FAMILY_ID, NOW } from '../components/referral-fixtures'
import { ReferralPage } from './referral-page'

const referral = incomingReferral()
const CASE_MANAGER = {
  id: 'dc9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Mindaugas Kazlauskas',
  roles: ['case_manager'],
  professions: ['social_worker'],
  organisationId: adminUser.organisationId,
  organisationName: adminUser.organisationName,
}

const api = (decide: (call: FetchCall) => Response) =>
  fakeFetch((call) => {
    if (call.method === 'POST') return decide(call)
    if (call.path === `/api/v1/incoming-referrals/${referral.id}`) return jsonResponse(referral)
    if (call.path === '/api/v1/staff') return jsonResponse({ items: [CASE_MANAGER], nextCursor: null })
    return notFound()
  })

const render = () =>
  renderWithApp(<ReferralPage now={NOW} />, `/referrals/${referral.id}`, '/referrals/:referralId')

describe('ReferralPage', () => {
  signedInForEachTest(adminUser)

  it('shows the referral, its persons and the families that may be the same, with how they matched', async () => {
    api(() => notFound())
    render()
    expect(await screen.findByText('Vaikai lieka be priežiūros.')).toBeInTheDocument()
    expect(screen.getByText('atsakyti per 5 val. 20 min.')).toBeInTheDocument()
    expect(screen.getByText('Vaiko priežiūros įgūdžių stoka')).toBeInTheDocument()
    expect(screen.getByText('Motina sutiko, kad informacija būtų perduota centrui.')).toBeInTheDocument()
    const persons = screen.getByRole('region', { name: 'Nukreipti asmenys' })
    expect(persons).toHaveTextContent('Rasa Jonaitienė')
    expect(persons).toHaveTextContent('49004120000')
    expect(persons).toHaveTextContent('+370 612 34567')
    expect(persons).toHaveTextContent('Vaikas')
    const match = screen.getByRole('article', { name: 'Šeima 2026-0042' })
    expect(match).toHaveTextContent('Rasa Jonaitienė: sutampa asmens kodas')
    expect(match).toHaveTextContent('Aktyvi')
  })

  it('accepts into a new family with the case manager picked and opens the family', async () => {
    const calls = api(() => jsonResponse(incomingReferral({ status: 'accepted', familyId: FAMILY_ID })))
    const user = userEvent.setup()
    const { router } = render()
    const form = await screen.findByRole('form', { name: 'Priimti kaip naują šeimą' })
    await user.click(within(form).getByRole('textbox', { name: /Atvejo vadybininkas/ }))
    await user.click(await screen.findByRole('option', { name: CASE_MANAGER.name, hidden: true }))
    await user.click(within(form).getByRole('button', { name: 'Priimti kaip naują šeimą' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/families/${FAMILY_ID}`))
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      path: `/api/v1/incoming-referrals/${referral.id}/accept`,
      body: { caseManagerId: CASE_MANAGER.id },
    })
  })

  it('accepts into a family that may be the same', async () => {
    const calls = api(() =>
      jsonResponse(incomingReferral({ status: 'accepted', familyId: MATCHED_FAMILY_ID })),
    )
    const user = userEvent.setup()
    const { router } = render()
    const match = await screen.findByRole('article', { name: 'Šeima 2026-0042' })
    await user.click(within(match).getByRole('button', { name: 'Priimti į šią šeimą' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/families/${MATCHED_FAMILY_ID}`))
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ familyId: MATCHED_FAMILY_ID })
  })

  it('declines only with a reason of 10 characters, and keeps it when the referral was answered meanwhile', async () => {
    const calls = api(() => problemResponse(409, '/problems/referral-not-pending'))
    const user = userEvent.setup()
    render()
    await user.click(await screen.findByRole('button', { name: 'Atmesti nukreipimą' }))
    const reason = screen.getByRole('textbox', { name: /Atmetimo priežastis/ })
    await user.type(reason, 'Per toli')
    await user.click(screen.getByRole('button', { name: 'Atmesti nukreipimą' }))
    expect(await screen.findByText('Bent 10 teksto simbolių')).toBeInTheDocument()
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0)

    await user.type(reason, ' nuo mūsų')
    await user.click(screen.getByRole('button', { name: 'Atmesti nukreipimą' }))
    expect(await screen.findByText(/Šis siuntimas jau priimtas arba atmestas/)).toBeInTheDocument()
    expect(reason).toHaveValue('Per toli nuo mūsų')
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      path: `/api/v1/incoming-referrals/${referral.id}/decline`,
      body: { reason: 'Per toli nuo mūsų' },
    })
  })
})
