import type { MethodologyOutcomes } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { sessionStore } from '../../../lib/session-store'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser, sessionFor } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { methodologyFixture } from '../components/methodology-fixture'
import { MethodologyPage } from './methodology-page'

const methodologyId = methodologyFixture.id
const autumn = { runId: '1e0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42', title: 'Ruduo 2026' }
const spring = { runId: '2e0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42', title: 'Pavasaris 2027' }

const outcomes: MethodologyOutcomes = {
  methodologyId,
  instruments: [
    {
      instrumentId: '6b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
      name: 'Tėvų konfliktas',
      scoreMin: 0,
      scoreMax: 40,
      higherIsBetter: false,
      meanChange: -4.5,
      withBoth: 6,
      runs: [
        { ...autumn, meanChange: -6, withBoth: 4 },
        { ...spring, meanChange: null, withBoth: 0 },
      ],
    },
  ],
}

const answer = () =>
  fakeFetch((call) => {
    if (call.path === `/api/v1/methodologies/${methodologyId}`) return jsonResponse(methodologyFixture)
    if (call.path === `/api/v1/methodologies/${methodologyId}/outcomes`) return jsonResponse(outcomes)
    return notFound()
  })

const renderPage = () =>
  renderWithApp(<MethodologyPage />, `/methodologies/${methodologyId}`, '/methodologies/:methodologyId')

describe('MethodologyPage outcomes', () => {
  signedInForEachTest(adminUser)

  it('shows each instrument’s mean change across runs, and a table of the runs linking to each', async () => {
    answer()
    renderPage()
    expect(await screen.findByRole('heading', { name: 'Rezultatai' })).toBeInTheDocument()
    expect(
      await screen.findByText('Vidutinis pokytis visose grupėse: −4,5; dalyvių su abiem įvertinimais: 6'),
    ).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /Tėvų konfliktas: vidutinis pokytis/ })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Tėvų konfliktas: vidutinis pokytis pagal grupę' })
    const rowOf = (title: string) =>
      within(table).getByRole('rowheader', { name: title }).closest('tr') as HTMLElement
    expect(within(rowOf(autumn.title)).getByRole('link', { name: autumn.title })).toHaveAttribute(
      'href',
      `/groups/${autumn.runId}`,
    )
    expect(
      within(rowOf(autumn.title))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['−6', '4'])
    expect(
      within(rowOf(spring.title))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', '0'])
  })

  it('says it in English', async () => {
    await i18n.changeLanguage('en')
    answer()
    renderPage()
    expect(await screen.findByRole('heading', { name: 'Outcomes' })).toBeInTheDocument()
    expect(
      await screen.findByText('Mean change across groups: -4.5; participants with both scores: 6'),
    ).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Tėvų konfliktas: mean change by group' })).toBeInTheDocument()
  })

  it('is not shown, nor asked for, to whoever may not read outcomes', async () => {
    sessionStore.setSession(sessionFor('token', { ...adminUser, roles: ['case_manager'] }))
    const calls = answer()
    renderPage()
    expect(await screen.findByRole('heading', { name: methodologyFixture.name })).toBeInTheDocument()
    await waitFor(() =>
      expect(calls.some((c) => c.path === `/api/v1/methodologies/${methodologyId}`)).toBe(true),
    )
    expect(screen.queryByRole('heading', { name: 'Rezultatai' })).not.toBeInTheDocument()
    expect(calls.some((c) => c.path.endsWith('/outcomes'))).toBe(false)
  })
})
