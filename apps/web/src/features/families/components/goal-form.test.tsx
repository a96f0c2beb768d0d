import type { Goal, TeamMember } from '@onestop/contracts'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { todayInVilnius } from '../../../lib/format'
import { adminUser, familyFixture } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { GoalForm } from './goal-form'

/** A day `days` from today in Vilnius (negative: before), so the tests hold on whatever day they run. */
const fromToday = (days: number) => {
  const date = new Date(`${todayInVilnius()}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const member: TeamMember = {
  userId: adminUser.id,
  name: adminUser.name,
  roles: ['case_manager'],
  professions: [],
  organisationName: adminUser.organisationName,
  responsible: true,
  addedAt: '2026-11-02T09:00:00.000Z',
}

const goal = (targetDate: string): Goal => ({
  id: '8d2f5a3c-1b4e-4f6a-9c8d-0e1f2a3b4c5d',
  familyId: familyFixture.id,
  area: 'housing',
  description: 'Rasti būstą.',
  responsible: { id: adminUser.id, name: adminUser.name },
  targetDate,
  status: 'open',
  overdue: targetDate < todayInVilnius(),
  lastProgress: null,
  version: 2,
  createdAt: '2026-11-02T09:00:00.000Z',
})

const fakeSave = () => {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
    jsonResponse(goal(String(JSON.parse(String(init?.body)).targetDate ?? fromToday(5))), 201),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
const sentBody = (fetchMock: ReturnType<typeof fakeSave>) =>
  JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body))

const pickDate = (date: string) =>
  fireEvent.change(screen.getByLabelText(/Terminas/), { target: { value: date } })
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Išsaugoti' }))
const confirmation = () => screen.queryByRole('checkbox', { name: /nors jau praėjo/ })

describe('GoalForm: a target date before today', () => {
  signedInForEachTest(adminUser)

  it('warns as soon as a past date is picked and saves only once it is confirmed', async () => {
    const fetchMock = fakeSave()
    renderWithApp(<GoalForm familyId={familyFixture.id} team={[member]} onDone={() => undefined} />)
    fireEvent.click(screen.getByRole('textbox', { name: /Sritis/ }))
    fireEvent.click(await screen.findByRole('option', { name: 'Būstas', hidden: true }))
    fireEvent.change(screen.getByRole('textbox', { name: /Aprašymas/ }), {
      target: { value: 'Rasti būstą.' },
    })
    fireEvent.click(screen.getByRole('textbox', { name: /Atsakingas/ }))
    fireEvent.click(await screen.findByRole('option', { name: adminUser.name, hidden: true }))

    expect(confirmation()).not.toBeInTheDocument()
    pickDate(fromToday(-30))
    expect(screen.getByText('Data jau praėjo')).toBeInTheDocument()
    save()
    expect(await screen.findByText('Patvirtinkite praėjusią datą arba pasirinkite kitą')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()

    fireEvent.click(confirmation() as HTMLElement)
    save()
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    expect(sentBody(fetchMock)).toMatchObject({ targetDate: fromToday(-30), pastDateConfirmed: true })
  })

  it('asks again when another past date is picked after confirming one', () => {
    renderWithApp(
      <GoalForm
        familyId={familyFixture.id}
        team={[member]}
        goal={goal(fromToday(10))}
        onDone={() => undefined}
      />,
    )
    pickDate(fromToday(-3))
    fireEvent.click(confirmation() as HTMLElement)
    expect(confirmation()).toBeChecked()
    pickDate(fromToday(-4))
    expect(confirmation()).not.toBeChecked()
  })

  it('neither warns nor sends a confirmation for today or later', async () => {
    const fetchMock = fakeSave()
    renderWithApp(
      <GoalForm
        familyId={familyFixture.id}
        team={[member]}
        goal={goal(fromToday(10))}
        onDone={() => undefined}
      />,
    )
    pickDate(todayInVilnius())
    expect(confirmation()).not.toBeInTheDocument()
    save()
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    expect(sentBody(fetchMock)).toEqual({ targetDate: todayInVilnius() })
  })

  it('does not ask about a past target the goal already had when only its status changes', async () => {
    const fetchMock = fakeSave()
    renderWithApp(
      <GoalForm
        familyId={familyFixture.id}
        team={[member]}
        goal={goal(fromToday(-20))}
        onDone={() => undefined}
      />,
    )
    expect(confirmation()).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('textbox', { name: /Būsena/ }))
    fireEvent.click(await screen.findByRole('option', { name: 'Pasiektas', hidden: true }))
    save()
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    expect(sentBody(fetchMock)).toEqual({ status: 'achieved' })
  })

  it('refuses a date more than a year back at the field, naming the earliest date allowed', async () => {
    const fetchMock = fakeSave()
    renderWithApp(
      <GoalForm
        familyId={familyFixture.id}
        team={[member]}
        goal={goal(fromToday(10))}
        onDone={() => undefined}
      />,
    )
    pickDate(fromToday(-3 * 366))
    save()
    expect(await screen.findByText(/arba vėlesnę datą$/)).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
