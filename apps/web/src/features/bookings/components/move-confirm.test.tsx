import type { Appointment, CalendarEvent } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { type AppointmentMove, MoveConfirm } from './move-confirm'

const appointmentId = '1f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const specialist = { id: '2f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Mindaugas Kazlauskas' }

const event: CalendarEvent = {
  id: appointmentId,
  kind: 'appointment',
  visibility: 'full',
  startsAt: '2030-01-08T09:00:00+02:00',
  endsAt: '2030-01-08T09:45:00+02:00',
  status: 'scheduled',
  title: 'Psichologo konsultacija vaikams',
  serviceId: '3f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  staff: [specialist],
  room: null,
  siteId: null,
  familyId: '4f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  familyReferenceCode: 'F-2026-0042',
  participants: [],
  runId: null,
  enrolledCount: null,
  capacity: null,
}

const appointment: Appointment = {
  id: appointmentId,
  visibility: 'full',
  organisationId: '5f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  specialist,
  roomId: null,
  roomName: null,
  siteId: null,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  status: 'scheduled',
  serviceId: event.serviceId,
  serviceName: event.title,
  familyId: event.familyId,
  familyReferenceCode: event.familyReferenceCode,
  participants: [],
  cancelReason: null,
  version: 4,
  createdAt: '2026-11-20T10:00:00+02:00',
  updatedAt: '2026-11-20T10:00:00+02:00',
}

const move = (revert: () => void): AppointmentMove => ({
  event,
  startsAt: '2030-01-08T08:00:00.000Z',
  endsAt: '2030-01-08T08:45:00.000Z',
  revert,
})

/** GET answers the appointment (as `current()` holds it); PATCH answers `patch`. Records PATCH requests. */
const fakeApi = (patch: () => Response, current = () => appointment) => {
  const patches: { headers: Headers; body: unknown }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PATCH') {
        patches.push({ headers: new Headers(init.headers), body: JSON.parse(String(init.body)) })
        return patch()
      }
      return jsonResponse(current())
    }),
  )
  return patches
}

describe('MoveConfirm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('moves a dragged appointment with the version it read', async () => {
    const patches = fakeApi(() => jsonResponse({ ...appointment, version: 5 }))
    const revert = vi.fn()
    const done = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<MoveConfirm move={move(revert)} onDone={done} />)

    expect(screen.getByText(/Perkelti „Psichologo konsultacija vaikams“ į/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Perkelti vizitą' }))
    await waitFor(() => expect(done).toHaveBeenCalled())
    expect(patches).toHaveLength(1)
    expect(patches[0]?.headers.get('if-match')).toBe('"4"')
    expect(patches[0]?.body).toEqual({
      startsAt: '2030-01-08T08:00:00.000Z',
      endsAt: '2030-01-08T08:45:00.000Z',
    })
    expect(revert).not.toHaveBeenCalled()
  })

  it('puts a clashing move back and says in Lithuanian that the time is taken', async () => {
    const detail = 'Mindaugas Kazlauskas is booked 10:00–10:45.'
    fakeApi(() => problemResponse(409, '/problems/double-booking', { detail }))
    const revert = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<MoveConfirm move={move(revert)} onDone={() => undefined} />)

    await user.click(screen.getByRole('button', { name: 'Perkelti vizitą' }))
    expect(await screen.findByText(/jau užimti/)).toBeInTheDocument()
    expect(screen.queryByText(new RegExp(detail))).not.toBeInTheDocument()
    expect(revert).toHaveBeenCalledTimes(1)
  })

  it('puts it back without asking the server when the move is not confirmed', async () => {
    const patches = fakeApi(() => jsonResponse(appointment))
    const revert = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<MoveConfirm move={move(revert)} onDone={() => undefined} />)

    await user.click(screen.getByRole('button', { name: 'Palikti, kur buvo' }))
    expect(revert).toHaveBeenCalledTimes(1)
    expect(patches).toHaveLength(0)
  })

  it('stays open when someone else changed the appointment, reloads it and moves it with the new version', async () => {
    let server = appointment
    let answer = () => problemResponse(412, '/problems/stale-version')
    const patches = fakeApi(
      () => answer(),
      () => server,
    )
    const revert = vi.fn()
    const done = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<MoveConfirm move={move(revert)} onDone={done} />)

    await user.click(screen.getByRole('button', { name: 'Perkelti vizitą' }))
    // Scoped to the dialog: an earlier test's notification may still be on screen.
    const dialog = screen.getByRole('dialog')
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    server = { ...appointment, roomName: '101 kabinetas', version: 5 }
    expect(revert).not.toHaveBeenCalled()
    expect(done).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(await screen.findByText(/Įrašas atnaujintas/)).toBeInTheDocument()
    answer = () => jsonResponse({ ...server, version: 6 })
    await user.click(screen.getByRole('button', { name: 'Perkelti vizitą' }))
    await waitFor(() => expect(done).toHaveBeenCalled())
    expect(patches.map((patch) => patch.headers.get('if-match'))).toEqual(['"4"', '"5"'])
    expect(revert).not.toHaveBeenCalled()
  })
})
