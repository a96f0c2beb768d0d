import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { TrainingActions } from './training-actions'
import { outsider, participant, trainingId, trainingWith } from './training-fixtures'

const training = trainingWith([participant({}), outsider])
const path = `/api/v1/trainings/${trainingId}`
/** The buttons that say what they do (earlier tests' notifications leave close buttons behind). */
const labelledButtons = () =>
  screen
    .queryAllByRole('button')
    .map((button) => button.textContent)
    .filter(Boolean)

describe('TrainingActions', () => {
  signedInForEachTest(adminUser, 'en')

  it('cancels with the reason and the version read, asking for the reason first', async () => {
    const calls = fakeFetch(() => jsonResponse({ ...training, status: 'cancelled', version: 4 }))
    const user = userEvent.setup()
    renderWithApp(<TrainingActions training={training} />)
    await user.click(screen.getByRole('button', { name: 'Cancel the training' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cancel “Akreditacija 2031”' })
    expect(within(dialog).getByRole('button', { name: 'Keep the training' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the training' }))
    expect(await within(dialog).findByText('Required')).toBeInTheDocument()
    expect(calls).toHaveLength(0)

    await user.type(within(dialog).getByRole('textbox', { name: /^Why it is cancelled/ }), 'Trainer ill.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the training' }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: `${path}/cancel`,
      body: { reason: 'Trainer ill.' },
      headers: { 'If-Match': '"3"' },
    })
  })

  it('changes the title and places, sending only what changed with the version read', async () => {
    const calls = fakeFetch(() => jsonResponse({ ...training, capacity: 16, version: 4 }))
    const user = userEvent.setup()
    renderWithApp(<TrainingActions training={training} />)
    await user.click(screen.getByRole('button', { name: 'Change the title or places' }))
    const dialog = await screen.findByRole('dialog')
    const places = within(dialog).getByRole('textbox', { name: /^Places/ })
    await user.clear(places)
    await user.type(places, '16')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]).toMatchObject({
      method: 'PATCH',
      path,
      body: { capacity: 16 },
      headers: { 'If-Match': '"3"' },
    })
  })

  it('offers to reload a training someone else changed (412), keeping what was typed', async () => {
    fakeFetch(() => problemResponse(412, '/problems/stale-version'))
    const user = userEvent.setup()
    renderWithApp(<TrainingActions training={training} />)
    await user.click(screen.getByRole('button', { name: 'Change the title or places' }))
    const dialog = await screen.findByRole('dialog')
    const title = within(dialog).getByRole('textbox', { name: /^Title/ })
    await user.clear(title)
    await user.type(title, 'Akreditacija')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByRole('button', { name: 'Reload the record' })).toBeInTheDocument()
    expect(title).toHaveValue('Akreditacija')
  })

  it('marks the training completed only once confirmed', async () => {
    const calls = fakeFetch(() => jsonResponse({ ...training, status: 'completed', version: 4 }))
    const user = userEvent.setup()
    renderWithApp(<TrainingActions training={training} />)
    await user.click(screen.getByRole('button', { name: 'Mark the training completed' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Keep it planned' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(calls).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Mark the training completed' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Mark the training completed' }),
    )
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]).toMatchObject({
      method: 'PATCH',
      body: { status: 'completed' },
      headers: { 'If-Match': '"3"' },
    })
  })

  it('offers a completed training only changes, and a cancelled one nothing', () => {
    fakeFetch(() => jsonResponse({}))
    const { unmount } = renderWithApp(<TrainingActions training={{ ...training, status: 'completed' }} />)
    expect(labelledButtons()).toEqual(['Change the title or places'])
    unmount()
    renderWithApp(<TrainingActions training={{ ...training, status: 'cancelled' }} />)
    expect(labelledButtons()).toEqual([])
  })
})

describe('TrainingActions for staff who do not manage trainings', () => {
  signedInForEachTest({ ...adminUser, roles: ['specialist'] }, 'en')

  it('offers nothing', () => {
    fakeFetch(() => jsonResponse({}))
    renderWithApp(<TrainingActions training={training} />)
    expect(labelledButtons()).toEqual([])
  })
})
