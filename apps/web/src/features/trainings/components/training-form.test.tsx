import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { TrainingForm } from './training-form'

const methodologyId = '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42'

/** Lists one methodology and no rooms or staff; a POST answers `created`. */
const fakeApi = (created: () => Response) =>
  fakeFetch((call) => {
    if (call.method === 'POST') return created()
    if (call.path === '/api/v1/methodologies')
      return jsonResponse({ items: [{ id: methodologyId, name: 'Group Teen Triple P' }] })
    if (call.path === '/api/v1/rooms' || call.path === '/api/v1/staff')
      return jsonResponse({ items: [], nextCursor: null })
    return notFound()
  })

const posts = (calls: ReturnType<typeof fakeFetch>) => calls.filter((c) => c.method === 'POST')

describe('TrainingForm', () => {
  signedInForEachTest(adminUser)

  it('asks for the methodology, a title, a trainer and the day before sending anything', async () => {
    const calls = fakeApi(() => jsonResponse({}))
    const user = userEvent.setup()
    renderWithApp(<TrainingForm />)
    await user.click(screen.getByRole('button', { name: 'Planuoti' }))
    expect(
      await screen.findByText('Nurodykite bent vieną trenerį – darbuotoją arba iš kitur'),
    ).toBeInTheDocument()
    expect(screen.getAllByText('Privalomas laukas').length).toBeGreaterThanOrEqual(3)
    expect(posts(calls)).toHaveLength(0)
  })

  it('sends the training with its days in Vilnius time, and shows a clash beside the form', async () => {
    const calls = fakeApi(() => problemResponse(409, '/problems/double-booking'))
    const user = userEvent.setup()
    renderWithApp(<TrainingForm />)
    await user.click(screen.getByRole('textbox', { name: /Metodika/ }))
    await user.click(await screen.findByRole('option', { name: 'Group Teen Triple P', hidden: true }))
    await user.click(screen.getByRole('textbox', { name: /Mokymų rūšis/ }))
    await user.click(await screen.findByRole('option', { name: 'Akreditacija', hidden: true }))
    await user.type(screen.getByRole('textbox', { name: /Pavadinimas/ }), 'Akreditacija 2031')
    await user.type(screen.getByRole('textbox', { name: 'Treneris iš kitur' }), 'Rasa Kazlauskienė')
    await user.type(screen.getByRole('textbox', { name: 'Trenerio organizacija' }), 'Triple P International')
    fireEvent.change(screen.getByLabelText(/1 diena/), { target: { value: '2031-03-04' } })
    await user.click(screen.getByRole('button', { name: 'Planuoti' }))

    await waitFor(() =>
      expect(posts(calls).map((c) => c.body)).toEqual([
        {
          methodologyId,
          kind: 'accreditation',
          title: 'Akreditacija 2031',
          capacity: 12,
          trainerIds: [],
          outsideTrainers: [{ name: 'Rasa Kazlauskienė', organisation: 'Triple P International' }],
          sessions: [{ startsAt: '2031-03-04T07:00:00.000Z', endsAt: '2031-03-04T14:00:00.000Z' }],
        },
      ]),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mokymai nesuplanuotiŠiuo laiku darbuotojas, patalpa arba asmuo jau užimti.',
    )
  })
})

describe('TrainingForm: trainers from elsewhere', () => {
  signedInForEachTest(adminUser, 'en')

  it('takes several, each with an organisation, and sends the named ones', async () => {
    const calls = fakeApi(() => problemResponse(409, '/problems/double-booking'))
    const user = userEvent.setup()
    renderWithApp(<TrainingForm />)
    await user.click(screen.getByRole('textbox', { name: /Methodology/ }))
    await user.click(await screen.findByRole('option', { name: 'Group Teen Triple P', hidden: true }))
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Accreditation')
    fireEvent.change(screen.getByLabelText(/Day 1/), { target: { value: '2031-03-04' } })
    await user.type(screen.getByRole('textbox', { name: 'Trainer from elsewhere' }), 'Rasa Kazlauskienė')
    await user.type(screen.getByRole('textbox', { name: "Trainer's organisation" }), 'Triple P International')
    await user.click(screen.getByRole('button', { name: 'Add a trainer from elsewhere' }))
    await user.type(screen.getByRole('textbox', { name: 'Trainer from elsewhere 2' }), 'Tomas Petrauskas')
    await user.click(screen.getByRole('button', { name: 'Plan' }))
    expect(await screen.findByText('Required')).toBeInTheDocument()
    expect(posts(calls)).toHaveLength(0)

    await user.type(screen.getByRole('textbox', { name: "Trainer 2's organisation" }), 'PPP Lietuva')
    await user.click(screen.getByRole('button', { name: 'Add a trainer from elsewhere' }))
    await user.click(screen.getByRole('button', { name: 'Plan' }))
    await waitFor(() => expect(posts(calls)).toHaveLength(1))
    expect(posts(calls)[0]?.body).toMatchObject({
      outsideTrainers: [
        { name: 'Rasa Kazlauskienė', organisation: 'Triple P International' },
        { name: 'Tomas Petrauskas', organisation: 'PPP Lietuva' },
      ],
    })
  })
})
