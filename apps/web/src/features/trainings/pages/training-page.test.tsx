import type { Training, TrainingParticipant } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { TrainingPage } from './training-page'

const trainingId = '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const sessionId = '2e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

const participant = (over: Partial<TrainingParticipant>): TrainingParticipant => ({
  id: '3e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  kind: 'staff',
  userId: adminUser.id,
  name: 'Mindaugas Kazlauskas',
  organisation: 'Vieno langelio centras',
  email: null,
  status: 'enrolled',
  withdrawReason: null,
  attendance: [{ sessionId, status: 'present' }],
  completion: null,
  certification: null,
  ...over,
})

const outsider = participant({
  id: '4e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  kind: 'outside',
  userId: null,
  name: 'Ona Jonaitienė',
  organisation: 'Molėtų r. savivaldybė',
  email: 'ona@moletai.example',
  attendance: [],
})

const trainingWith = (participants: TrainingParticipant[]): Training => ({
  id: trainingId,
  methodology: { id: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42', name: 'Group Teen Triple P' },
  kind: 'accreditation',
  title: 'Akreditacija 2031',
  roomId: null,
  roomName: null,
  capacity: 14,
  enrolledCount: participants.length,
  status: 'planned',
  cancelReason: null,
  startsOn: '2031-03-04',
  endsOn: '2031-03-04',
  trainers: [],
  outsideTrainers: [{ name: 'Rasa Kazlauskienė', organisation: 'Triple P International' }],
  version: 1,
  createdAt: '2031-01-01T10:00:00Z',
  updatedAt: '2031-01-01T10:00:00Z',
  sessions: [
    { id: sessionId, startsAt: '2031-03-04T07:00:00Z', endsAt: '2031-03-04T14:00:00Z', presentCount: 1 },
  ],
  participants,
})

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
