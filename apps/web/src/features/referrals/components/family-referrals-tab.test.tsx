import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { type FetchCall, fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser, familyFixture, memberFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import type { SentReferral } from '../api/keys'
import { FamilyReferralsTab } from './family-referrals-tab'
import { referralSummary } from './referral-fixtures'

const CRISIS_CENTRE = {
  id: '2d9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Vilniaus miesto krizių centras',
  kind: 'ngo',
  municipality: 'Vilniaus miesto savivaldybė',
}
const ORGANISATIONS = [
  {
    id: adminUser.organisationId,
    name: adminUser.organisationName,
    kind: 'centre',
    municipality: 'Vilniaus miesto savivaldybė',
  },
  CRISIS_CENTRE,
  {
    id: '3d9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
    name: 'Vilniaus miesto savivaldybė',
    kind: 'municipality',
    municipality: 'Vilniaus miesto savivaldybė',
  },
]
const CHILD = {
  ...memberFixture,
  id: '4d9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  givenName: 'Jonas',
  role: 'child' as const,
}
const FATHER = {
  ...memberFixture,
  id: '5d9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  givenName: 'Petras',
  role: 'parent' as const,
}

const sentReferral = (overrides: Partial<SentReferral> = {}): SentReferral => ({
  id: '6d9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  partnerReference: familyFixture.referenceCode,
  toOrganisation: { id: CRISIS_CENTRE.id, name: CRISIS_CENTRE.name },
  status: 'accepted',
  urgency: 'urgent',
  receivedAt: '2026-11-30T08:00:00Z',
  answerDueAt: '2026-12-01T08:00:00Z',
  decidedAt: '2026-11-30T12:00:00Z',
  declineReason: null,
  closedAt: null,
  contactPerson: { name: 'Rūta Kazlauskienė', email: 'ruta@krizes.example' },
  history: [
    { type: 'referral.received', occurredAt: '2026-11-30T08:00:00Z' },
    { type: 'referral.accepted', occurredAt: '2026-11-30T12:00:00Z' },
  ],
  ...overrides,
})

const api = (sent: SentReferral[], answer: (call: FetchCall) => Response) =>
  fakeFetch((call) => {
    const family = `/api/v1/families/${familyFixture.id}`
    if (call.method === 'POST') return answer(call)
    if (call.path === `${family}/referrals`) return jsonResponse({ items: sent })
    if (call.path === `${family}/received-referrals`)
      return jsonResponse({ items: [referralSummary({ status: 'accepted' })] })
    if (call.path === `${family}/members`) return jsonResponse({ items: [memberFixture, CHILD, FATHER] })
    if (call.path === '/api/v1/organisations') return jsonResponse({ items: ORGANISATIONS })
    return notFound()
  })

const render = (canRefer = true) =>
  renderWithApp(<FamilyReferralsTab family={familyFixture} canRefer={canRefer} />)

describe('FamilyReferralsTab', () => {
  signedInForEachTest(adminUser)

  it('shows the referral the family came by and those sent for it, with status, contact and progress', async () => {
    api([sentReferral()], notFound)
    render()
    const received = await screen.findByRole('article', { name: 'VTAS-2026-0412' })
    expect(received).toHaveTextContent('Vilniaus miesto savivaldybė')
    expect(within(received).getByRole('link', { name: 'VTAS-2026-0412' })).toHaveAttribute(
      'href',
      `/referrals/${referralSummary().id}`,
    )
    const sent = await screen.findByRole('article', { name: CRISIS_CENTRE.name })
    expect(sent).toHaveTextContent('Priimtas')
    expect(within(sent).getByRole('link', { name: 'ruta@krizes.example' })).toHaveAttribute(
      'href',
      'mailto:ruta@krizes.example',
    )
    const progress = within(sent).getByRole('region', { name: 'Eiga' })
    expect(progress).toHaveTextContent('Nukreipimas gautas')
    expect(progress).toHaveTextContent('Nukreipimas priimtas')
  })

  it('offers no referring to those who may not refer', async () => {
    api([], notFound)
    render(false)
    expect(await screen.findByText('Šeima į kitas organizacijas nenukreipta.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Nukreipti į kitą organizaciją' })).not.toBeInTheDocument()
  })

  it('refers only the ticked members, to another organisation, once consent is confirmed', async () => {
    const calls = api([], () => jsonResponse(sentReferral({ status: 'received', decidedAt: null }), 201))
    const user = userEvent.setup()
    render()
    await user.click(await screen.findByRole('button', { name: 'Nukreipti į kitą organizaciją' }))
    const form = await screen.findByRole('form', { name: 'Nukreipti šeimą į kitą organizaciją' })
    await user.click(within(form).getByRole('button', { name: 'Nukreipti' }))
    expect(await within(form).findByText('Pažymėkite bent vieną šeimos narį')).toBeInTheDocument()
    expect(within(form).getByText('Be šeimos sutikimo nukreipti negalima')).toBeInTheDocument()

    await user.click(within(form).getByRole('textbox', { name: /Organizacija/ }))
    // Neither the family's own organisation nor a municipality takes a referral from here.
    expect(screen.queryByRole('option', { name: /Vieno langelio centras/, hidden: true })).toBeNull()
    expect(screen.queryByRole('option', { name: /^Vilniaus miesto savivaldybė/, hidden: true })).toBeNull()
    await user.click(
      await screen.findByRole('option', { name: /Vilniaus miesto krizių centras/, hidden: true }),
    )
    await user.click(within(form).getByRole('checkbox', { name: /Asta Petrauskienė/ }))
    await user.click(within(form).getByRole('checkbox', { name: /Jonas Petrauskienė/ }))
    await user.click(within(form).getByRole('radio', { name: /Skubus/ }))
    await user.type(
      within(form).getByRole('textbox', { name: /Nukreipimo priežastis/ }),
      'Reikia saugaus būsto.',
    )
    await user.click(within(form).getByRole('checkbox', { name: /Šeima sutiko/ }))
    await user.click(within(form).getByRole('button', { name: 'Nukreipti' }))

    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true))
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      path: `/api/v1/families/${familyFixture.id}/referrals`,
      body: {
        toOrganisationId: CRISIS_CENTRE.id,
        memberIds: [memberFixture.id, CHILD.id],
        urgency: 'urgent',
        riskFactors: familyFixture.riskFactors,
        reason: 'Reikia saugaus būsto.',
        consentConfirmed: true,
      },
    })
    expect(await screen.findByText('Nukreipimas išsiųstas')).toBeInTheDocument()
  })

  it('keeps what was typed when the API refuses, with the reason at its field', async () => {
    api([], () =>
      problemResponse(400, '/problems/validation', {
        errors: [
          {
            pointer: '/memberIds/0',
            code: 'not-a-current-member',
            message: 'is not a current member of the family',
          },
        ],
      }),
    )
    const user = userEvent.setup()
    render()
    await user.click(await screen.findByRole('button', { name: 'Nukreipti į kitą organizaciją' }))
    const form = await screen.findByRole('form', { name: 'Nukreipti šeimą į kitą organizaciją' })
    await user.click(within(form).getByRole('textbox', { name: /Organizacija/ }))
    await user.click(
      await screen.findByRole('option', { name: /Vilniaus miesto krizių centras/, hidden: true }),
    )
    await user.click(within(form).getByRole('checkbox', { name: /Petras Petrauskienė/ }))
    await user.type(
      within(form).getByRole('textbox', { name: /Nukreipimo priežastis/ }),
      'Tėvui reikia konsultacijų.',
    )
    await user.click(within(form).getByRole('checkbox', { name: /Šeima sutiko/ }))
    await user.click(within(form).getByRole('button', { name: 'Nukreipti' }))
    expect(await within(form).findByText('Ne dabartinis šeimos narys')).toBeInTheDocument()
    expect(within(form).getByRole('textbox', { name: /Nukreipimo priežastis/ })).toHaveValue(
      'Tėvui reikia konsultacijų.',
    )
  })
})
