import type { RunFidelity, RunOutcomes } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { OutcomesPanel } from './outcomes-panel'

const runId = '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const asta = '2d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const tomas = '3d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const sdq = '4d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const methodology = { id: '5d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Group Teen Triple P' }

const fidelity: RunFidelity = {
  runId,
  methodology: { ...methodology, sessionCount: 4, completionShare: 0.75 },
  completionSessions: 3,
  sessions: { held: 3, scheduled: 1, cancelled: 0 },
  participants: [
    { personId: asta, name: 'Asta Petrauskienė', attended: 3, share: 0.75, completed: true },
    { personId: tomas, name: 'Tomas Petrauskas', attended: 1, share: 0.25, completed: false },
  ],
  completedCount: 1,
}

const outcomes: RunOutcomes = {
  runId,
  methodology,
  instruments: [
    {
      instrumentId: sdq,
      name: 'SDQ',
      scoreMin: 0,
      scoreMax: 40,
      higherIsBetter: false,
      participants: [
        {
          personId: asta,
          name: 'Asta Petrauskienė',
          baseline: { score: 20, measuredOn: '2026-09-01' },
          end: { score: 14, measuredOn: '2026-11-20' },
          change: -6,
          improved: true,
        },
        {
          personId: tomas,
          name: 'Tomas Petrauskas',
          baseline: { score: 25, measuredOn: '2026-09-01' },
          end: null,
          change: null,
          improved: null,
        },
      ],
      meanChange: -6,
      withBoth: 1,
      improvedCount: 1,
    },
  ],
}

const answer = (put: () => Response) =>
  fakeFetch((call) => {
    if (call.method === 'PUT') return put()
    if (call.path === `/api/v1/groups/${runId}/fidelity`) return jsonResponse(fidelity)
    if (call.path === `/api/v1/groups/${runId}/outcomes`) return jsonResponse(outcomes)
    return notFound()
  })

const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement

describe('OutcomesPanel', () => {
  signedInForEachTest(adminUser)

  it("shows sessions delivered against the programme, who completed it, and each participant's change", async () => {
    answer(() => notFound())
    renderWithApp(<OutcomesPanel runId={runId} />)

    expect(await screen.findByText('Įvyko 3 iš 4 programos užsiėmimų')).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: /Įvykę užsiėmimai/ })).toHaveAttribute(
      'aria-valuenow',
      '75',
    )
    const attendance = screen.getByRole('table', { name: 'Dalyvių lankomumas ir programos baigimas' })
    expect(rowOf(attendance, 'Asta Petrauskienė')).toHaveTextContent('Taip')
    expect(rowOf(attendance, 'Tomas Petrauskas')).toHaveTextContent('Ne')

    const scores = await screen.findByRole('table', { name: 'SDQ: dalyvių balai ir pokytis' })
    expect(rowOf(scores, 'Asta Petrauskienė')).toHaveTextContent(/20.*14.*−6.*pagerėjo/)
    expect(rowOf(scores, 'Tomas Petrauskas')).toHaveTextContent(/25.*—.*—/)
    expect(screen.getByText(/Vidutinis pokytis −6 \(abu įvertinimus turi 1 iš 2 dalyvių/)).toBeInTheDocument()
    // The chart is an image named for what it shows, described by the table of the same figures.
    const chart = screen.getByRole('img', { name: /SDQ: pradiniai ir baigiamieji/ })
    expect(chart).toHaveAttribute('aria-describedby', scores.id)
  })

  it('records an end score within the range, and refuses one outside it before sending', async () => {
    const calls = answer(() =>
      jsonResponse({
        runId,
        personId: tomas,
        instrumentId: sdq,
        phase: 'end',
        score: 19,
        measuredOn: '2026-11-20',
        recordedBy: { id: adminUser.id, name: adminUser.name },
        updatedAt: '2026-11-20T10:00:00+02:00',
      }),
    )
    const user = userEvent.setup()
    renderWithApp(<OutcomesPanel runId={runId} />)
    await user.click(await screen.findByRole('button', { name: 'Įrašyti balą' }))
    const form = screen.getByRole('form', { name: 'Įrašyti balą: SDQ' })
    await user.click(within(form).getByRole('textbox', { name: /Asmuo/ }))
    await user.click(await screen.findByRole('option', { name: 'Tomas Petrauskas', hidden: true }))
    await user.click(within(form).getByRole('radio', { name: 'Baigiamasis' }))
    const score = within(form).getByRole('textbox', { name: /Balas/ })
    await user.type(score, '41')
    await user.clear(within(form).getByLabelText(/Vertinimo data/))
    await user.type(within(form).getByLabelText(/Vertinimo data/), '2026-11-20')
    await user.click(within(form).getByRole('button', { name: 'Išsaugoti balą' }))
    expect(await within(form).findByText('Balas turi būti nuo 0 iki 40')).toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0)

    await user.clear(score)
    await user.type(score, '19')
    await user.click(within(form).getByRole('button', { name: 'Išsaugoti balą' }))
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PUT')).toEqual([
        expect.objectContaining({
          path: `/api/v1/groups/${runId}/outcomes/${tomas}/${sdq}/end`,
          body: { score: 19, measuredOn: '2026-11-20' },
        }),
      ]),
    )
    // The run's outcomes are read again once saved.
    await waitFor(() =>
      expect(calls.filter((c) => c.path.endsWith('/outcomes') && c.method === 'GET')).toHaveLength(2),
    )
  })

  it("shows the server's refusal of a person not in the run in the form", async () => {
    answer(() => problemResponse(422, '/problems/not-a-participant'))
    const user = userEvent.setup()
    renderWithApp(<OutcomesPanel runId={runId} />)
    await user.click(await screen.findByRole('button', { name: 'Įrašyti balą' }))
    const form = screen.getByRole('form', { name: 'Įrašyti balą: SDQ' })
    await user.click(within(form).getByRole('textbox', { name: /Asmuo/ }))
    await user.click(await screen.findByRole('option', { name: 'Asta Petrauskienė', hidden: true }))
    await user.type(within(form).getByRole('textbox', { name: /Balas/ }), '12')
    await user.click(within(form).getByRole('button', { name: 'Išsaugoti balą' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('nedalyvauja grupėje')
  })
})
