import type { AttendanceRegister as Register } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { AttendanceRegister } from './attendance-register'

const runId = '1c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const sessionId = '2c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const asta = '3c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const tomas = '4c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const indre = '5c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
// The register opens when its session starts: the clock is set, so the sessions are fixed times around it.
const NOW = '2026-03-10T16:30:00.000Z'
const hourAgo = '2026-03-10T15:30:00.000Z'
const tomorrow = '2026-03-11T16:30:00.000Z'

const registerOf = (startsAt: string, status: Register['session']['status'] = 'scheduled'): Register => ({
  session: {
    id: sessionId,
    runId,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 5_400_000).toISOString(),
    status,
    presentCount: 0,
    cancelReason: null,
  },
  entries: [
    {
      enrolmentId: '6c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      personId: asta,
      name: 'Asta Petrauskienė',
      enrolmentStatus: 'enrolled',
      status: null,
      recordedAt: null,
    },
    {
      enrolmentId: '7c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      personId: tomas,
      name: 'Tomas Petrauskas',
      enrolmentStatus: 'enrolled',
      status: 'absent',
      recordedAt: hourAgo,
    },
    {
      enrolmentId: '8c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      personId: indre,
      name: 'Indrė Kairienė',
      enrolmentStatus: 'withdrawn',
      status: 'present',
      recordedAt: hourAgo,
    },
  ],
})

const calls = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls.map(([url, init]) => ({
    url: String(url),
    method: (init as RequestInit | undefined)?.method ?? 'GET',
    body: (init as RequestInit | undefined)?.body,
  }))

describe('AttendanceRegister', () => {
  // Signed in, so that marks not yet saved are kept as a draft of this user.
  signedInForEachTest(adminUser)
  beforeEach(() => {
    // Only Date is faked: user-event and findBy keep their real timers.
    vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('sends the chosen statuses of the enrolled, by mouse and by arrow keys, and not the withdrawn', async () => {
    const saved = registerOf(hourAgo, 'held')
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'PUT' ? jsonResponse(saved) : jsonResponse(registerOf(hourAgo)),
    )
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<AttendanceRegister runId={runId} sessionId={sessionId} />)

    const astaRow = await screen.findByRole('radiogroup', { name: 'Lankomumas: Asta Petrauskienė' })
    const tomasRow = screen.getByRole('radiogroup', { name: 'Lankomumas: Tomas Petrauskas' })
    // Nothing is chosen for Asta until someone marks her; Tomas shows what was recorded.
    for (const radio of within(astaRow).getAllByRole('radio')) expect(radio).not.toBeChecked()
    expect(within(tomasRow).getByRole('radio', { name: 'Nedalyvavo' })).toBeChecked()
    // The person withdrawn after the register was taken is shown as recorded, not offered a choice.
    expect(screen.queryByRole('radiogroup', { name: 'Lankomumas: Indrė Kairienė' })).not.toBeInTheDocument()
    expect(screen.getByText('Indrė Kairienė')).toBeInTheDocument()

    await user.click(within(astaRow).getByRole('radio', { name: 'Dalyvavo' }))
    expect(within(astaRow).getByRole('radio', { name: 'Dalyvavo' })).toBeChecked()

    // Keyboard: focus Tomas's checked status and move to the next one with the arrow key.
    within(tomasRow).getByRole('radio', { name: 'Nedalyvavo' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(within(tomasRow).getByRole('radio', { name: 'Pateisinta' })).toBeChecked()
    expect(screen.getByText('Yra neišsaugotų pakeitimų')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Išsaugoti lankomumą' }))

    await waitFor(() => expect(calls(fetchMock).filter((c) => c.method === 'PUT')).toHaveLength(1))
    const put = calls(fetchMock).find((c) => c.method === 'PUT')
    expect(put?.url).toBe(`/api/v1/groups/${runId}/sessions/${sessionId}/attendance`)
    expect(JSON.parse(String(put?.body))).toEqual({
      entries: [
        { personId: asta, status: 'present' },
        { personId: tomas, status: 'excused' },
      ],
    })
    expect(await screen.findByText('Lankomumas išsaugotas')).toBeInTheDocument()
  })

  it('"mark the rest present" fills only those not yet marked', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      jsonResponse(init?.method === 'PUT' ? registerOf(hourAgo, 'held') : registerOf(hourAgo)),
    )
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<AttendanceRegister runId={runId} sessionId={sessionId} />)

    await user.click(await screen.findByRole('button', { name: 'Kitus pažymėti dalyvavusiais' }))
    await user.click(screen.getByRole('button', { name: 'Išsaugoti lankomumą' }))

    await waitFor(() => expect(calls(fetchMock).some((c) => c.method === 'PUT')).toBe(true))
    const put = calls(fetchMock).find((c) => c.method === 'PUT')
    expect(JSON.parse(String(put?.body)).entries).toEqual([
      { personId: asta, status: 'present' },
      { personId: tomas, status: 'absent' },
    ])
  })

  it('does not let attendance be taken before the session starts', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(registerOf(tomorrow)))
    vi.stubGlobal('fetch', fetchMock)
    renderWithApp(<AttendanceRegister runId={runId} sessionId={sessionId} />)

    expect(await screen.findByText('Lankomumą galima žymėti, kai užsiėmimas prasideda.')).toBeInTheDocument()
    const astaRow = screen.getByRole('radiogroup', { name: 'Lankomumas: Asta Petrauskienė' })
    for (const radio of within(astaRow).getAllByRole('radio')) expect(radio).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Išsaugoti lankomumą' })).not.toBeInTheDocument()
    expect(calls(fetchMock).every((c) => c.method === 'GET')).toBe(true)
  })

  it('keeps the marks and shows a refusal in the register, not in a passing pop-up', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'PUT'
        ? problemResponse(409, '/problems/run-closed')
        : jsonResponse(registerOf(hourAgo)),
    )
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<AttendanceRegister runId={runId} sessionId={sessionId} />)

    const astaRow = await screen.findByRole('radiogroup', { name: 'Lankomumas: Asta Petrauskienė' })
    await user.click(within(astaRow).getByRole('radio', { name: 'Dalyvavo' }))
    await user.click(screen.getByRole('button', { name: 'Išsaugoti lankomumą' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Lankomumas neišsaugotas')
    expect(within(astaRow).getByRole('radio', { name: 'Dalyvavo' })).toBeChecked()
    expect(screen.getByText('Yra neišsaugotų pakeitimų')).toBeInTheDocument()
  })

  it('asks before leaving with marks not saved, and stays when asked to', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(registerOf(hourAgo))),
    )
    const user = userEvent.setup()
    const { router } = renderWithApp(
      <AttendanceRegister runId={runId} sessionId={sessionId} />,
      `/groups/${runId}?tab=attendance`,
    )

    const astaRow = await screen.findByRole('radiogroup', { name: 'Lankomumas: Asta Petrauskienė' })
    await user.click(within(astaRow).getByRole('radio', { name: 'Dalyvavo' }))
    void router.navigate(`/groups/${runId}?tab=sessions`)

    const question = await screen.findByRole('dialog', { name: 'Išeiti neišsaugojus?' })
    await user.click(within(question).getByRole('button', { name: 'Likti formoje' }))
    expect(router.state.location.search).toBe('?tab=attendance')
    expect(within(astaRow).getByRole('radio', { name: 'Dalyvavo' })).toBeChecked()
  })

  it('keeps unsaved marks as a draft of this session, restored when the register opens again', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      jsonResponse(init?.method === 'PUT' ? registerOf(hourAgo, 'held') : registerOf(hourAgo)),
    )
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    const first = renderWithApp(<AttendanceRegister runId={runId} sessionId={sessionId} />)
    const astaRow = await screen.findByRole('radiogroup', { name: 'Lankomumas: Asta Petrauskienė' })
    await user.click(within(astaRow).getByRole('radio', { name: 'Pateisinta' }))
    first.unmount()

    renderWithApp(<AttendanceRegister runId={runId} sessionId={sessionId} />)
    expect(await screen.findByText(/Atkurtas neišsaugotas juodraštis/)).toBeInTheDocument()
    const again = screen.getByRole('radiogroup', { name: 'Lankomumas: Asta Petrauskienė' })
    expect(within(again).getByRole('radio', { name: 'Pateisinta' })).toBeChecked()

    await user.click(screen.getByRole('button', { name: 'Išsaugoti lankomumą' }))
    await waitFor(() => expect(calls(fetchMock).some((c) => c.method === 'PUT')).toBe(true))
    const put = calls(fetchMock).find((c) => c.method === 'PUT')
    expect(JSON.parse(String(put?.body)).entries).toEqual([
      { personId: asta, status: 'excused' },
      { personId: tomas, status: 'absent' },
    ])
  })
})
