import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { outsider, participant, trainingId, trainingWith } from '../components/training-fixtures'
import { TrainingPage } from './training-page'

const certified = participant({
  completion: 'completed',
  certification: {
    id: '6e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
    level: 'accredited',
    certifiedOn: '2031-03-04',
    validUntil: '2034-03-03',
    renewal: false,
  },
})

describe('TrainingPage', () => {
  signedInForEachTest(adminUser)

  it('lists the participants and records a completion, showing the certification it created', async () => {
    let completed = false
    const calls = fakeFetch((call) => {
      if (call.method === 'POST' && call.path.endsWith('/completion')) {
        completed = true
        return jsonResponse(certified)
      }
      if (call.path === `/api/v1/trainings/${trainingId}`)
        return jsonResponse(trainingWith([completed ? certified : participant({}), outsider]))
      return notFound()
    })
    const user = userEvent.setup()
    renderWithApp(<TrainingPage />, `/trainings/${trainingId}`, '/trainings/:trainingId')

    const table = await screen.findByRole('table', { name: /Dalyviai: užimta 2 iš 14 vietų/ })
    const rows = within(table).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('Mindaugas Kazlauskas')
    expect(rows[1]).toHaveTextContent('1 iš 1')
    expect(rows[2]).toHaveTextContent('ona@moletai.example')
    expect(rows[2]).toHaveTextContent('Iš kitur')

    await user.click(screen.getByRole('button', { name: 'Mindaugas Kazlauskas baigė' }))
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([
        [
          `/api/v1/trainings/${trainingId}/participants/${certified.id}/completion`,
          { completion: 'completed' },
        ],
      ]),
    )
    expect(
      await screen.findByText('Sertifikuotas (akredituotas) nuo 2031-03-04 iki 2034-03-03'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Mindaugas Kazlauskas baigė' })).not.toBeInTheDocument()
  })

  it('enrols someone from elsewhere by name, organisation and e-mail', async () => {
    const calls = fakeFetch((call) => {
      if (call.method === 'POST') return jsonResponse(outsider, 201)
      if (call.path === `/api/v1/trainings/${trainingId}`) return jsonResponse(trainingWith([]))
      if (call.path === '/api/v1/staff') return jsonResponse({ items: [], nextCursor: null })
      return notFound()
    })
    const user = userEvent.setup()
    renderWithApp(<TrainingPage />, `/trainings/${trainingId}`, '/trainings/:trainingId')
    await user.click(await screen.findByRole('button', { name: 'Pridėti dalyvį' }))
    await user.click(screen.getByRole('radio', { name: 'Asmuo iš kitur' }))
    await user.type(screen.getByRole('textbox', { name: /Vardas ir pavardė/ }), 'Ona Jonaitienė')
    await user.type(screen.getByRole('textbox', { name: /Organizacija/ }), 'Molėtų r. savivaldybė')
    await user.type(screen.getByRole('textbox', { name: /El. paštas/ }), 'ona@moletai.example')
    await user.click(screen.getByRole('button', { name: 'Registruoti' }))
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
        { name: 'Ona Jonaitienė', organisation: 'Molėtų r. savivaldybė', email: 'ona@moletai.example' },
      ]),
    )
  })
})

describe('TrainingPage: withdrawing a participant', () => {
  signedInForEachTest(adminUser, 'en')

  it('asks why and to confirm, then withdraws the participant', async () => {
    const calls = fakeFetch((call) => {
      if (call.method === 'POST') return jsonResponse({ ...outsider, status: 'withdrawn' })
      if (call.path === `/api/v1/trainings/${trainingId}`)
        return jsonResponse(trainingWith([participant({}), outsider]))
      return notFound()
    })
    const user = userEvent.setup()
    renderWithApp(<TrainingPage />, `/trainings/${trainingId}`, '/trainings/:trainingId')
    await user.click(await screen.findByRole('button', { name: 'Withdraw Ona Jonaitienė' }))
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw Ona Jonaitienė' })
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw the participant' }))
    expect(await within(dialog).findByText('Required')).toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    await user.type(within(dialog).getByRole('textbox', { name: /^Why they withdraw/ }), ' Ill. ')
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw the participant' }))
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([
        [`/api/v1/trainings/${trainingId}/participants/${outsider.id}/withdraw`, { reason: 'Ill.' }],
      ]),
    )
  })
})

describe('TrainingPage for a participant who does not manage trainings', () => {
  signedInForEachTest({ ...adminUser, roles: ['specialist'] }, 'en')

  it('shows who takes part by name and organisation, and no controls', async () => {
    // The API sends others without e-mail, attendance or completion to them.
    fakeFetch((call) =>
      call.path === `/api/v1/trainings/${trainingId}`
        ? jsonResponse(trainingWith([participant({}), { ...outsider, email: null }]))
        : notFound(),
    )
    renderWithApp(<TrainingPage />, `/trainings/${trainingId}`, '/trainings/:trainingId')
    const table = await screen.findByRole('table', { name: /Participants: 2 of 14 places taken/ })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Organisation', 'Who'])
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Ona JonaitienėMolėtų r. savivaldybė')
    expect(screen.queryByRole('tab', { name: 'Attendance' })).not.toBeInTheDocument()
    // Earlier tests' notifications may leave close buttons behind; no button says what it does.
    expect(
      screen
        .queryAllByRole('button')
        .map((button) => button.textContent)
        .filter(Boolean),
    ).toEqual([])
  })
})
