import type { Appointment } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { AppointmentDetails } from './appointment-details'

const appointmentId = '1f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

const appointment: Appointment = {
  id: appointmentId,
  visibility: 'full',
  organisationId: adminUser.organisationId,
  specialist: { id: '2f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Mindaugas Kazlauskas' },
  roomId: null,
  roomName: null,
  siteId: null,
  // 11:00–11:45 in Vilnius, far enough ahead to be moved or cancelled.
  startsAt: '2030-01-08T09:00:00.000Z',
  endsAt: '2030-01-08T09:45:00.000Z',
  status: 'scheduled',
  serviceId: '3f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  serviceName: 'Psichologo konsultacija vaikams',
  familyId: '4f1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  familyReferenceCode: 'F-2026-0042',
  participants: [],
  cancelReason: null,
  version: 4,
  createdAt: '2026-11-20T10:00:00+02:00',
  updatedAt: '2026-11-20T10:00:00+02:00',
}

interface Write {
  method: string
  ifMatch: string | null
  body: unknown
}

/** GETs of the appointment answer `current()`; writes answer `write` and are recorded. */
const fakeApi = (current: () => Appointment, write: () => Response) => {
  const writes: Write[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname
      const method = init?.method ?? 'GET'
      if (method !== 'GET') {
        writes.push({
          method,
          ifMatch: new Headers(init?.headers).get('if-match'),
          body: JSON.parse(String(init?.body)),
        })
        return write()
      }
      if (path.endsWith(appointmentId)) return jsonResponse(current())
      return jsonResponse({ items: [], nextCursor: null })
    }),
  )
  return writes
}

const stale = () => problemResponse(412, '/problems/stale-version')

describe('AppointmentDetails actions after someone else changed the appointment', () => {
  signedInForEachTest(adminUser)

  it('cancelling stays open on a 412 with the typed reason, reloads and sends the new version', async () => {
    let server = appointment
    let answer = stale
    const writes = fakeApi(
      () => server,
      () => answer(),
    )
    const user = userEvent.setup()
    renderWithApp(<AppointmentDetails appointmentId={appointmentId} />)

    await user.click(await screen.findByRole('button', { name: 'Atšaukti vizitą' }))
    const dialog = await screen.findByRole('dialog')
    await user.type(within(dialog).getByRole('textbox', { name: /Atšaukimo priežastis/ }), 'Šeima serga')
    server = { ...appointment, roomName: '101 kabinetas', version: 5 }
    await user.click(within(dialog).getByRole('button', { name: 'Atšaukti vizitą' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    await user.click(within(dialog).getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(await within(dialog).findByText(/Įrašas atnaujintas/)).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: /Atšaukimo priežastis/ })).toHaveValue('Šeima serga')

    answer = () => jsonResponse({ ...server, status: 'cancelled', cancelReason: 'Šeima serga', version: 6 })
    await user.click(within(dialog).getByRole('button', { name: 'Atšaukti vizitą' }))
    await waitFor(() => expect(writes).toHaveLength(2))
    expect(writes[0]).toEqual({ method: 'POST', ifMatch: '"4"', body: { reason: 'Šeima serga' } })
    expect(writes[1]).toEqual({ method: 'POST', ifMatch: '"5"', body: { reason: 'Šeima serga' } })
  })

  it('moving stays open on a 412; a reload takes their new start and keeps the typed length', async () => {
    let server = appointment
    const writes = fakeApi(() => server, stale)
    const user = userEvent.setup()
    renderWithApp(<AppointmentDetails appointmentId={appointmentId} />)

    await user.click(await screen.findByRole('button', { name: 'Perkelti' }))
    const dialog = await screen.findByRole('dialog')
    const minutes = within(dialog).getByRole('textbox', { name: /Trukmė/ })
    await user.clear(minutes)
    await user.type(minutes, '60')
    // Someone else moved it an hour later (12:00–12:45 in Vilnius).
    server = {
      ...appointment,
      startsAt: '2030-01-08T10:00:00.000Z',
      endsAt: '2030-01-08T10:45:00.000Z',
      version: 5,
    }
    await user.click(within(dialog).getByRole('button', { name: 'Perkelti' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    await user.click(within(dialog).getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(await within(dialog).findByText(/Įrašas atnaujintas/)).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/Nauja pradžia/)).toHaveValue('2030-01-08T12:00')
    expect(within(dialog).getByRole('textbox', { name: /Trukmė/ })).toHaveValue('60')
    expect(writes).toHaveLength(1)
    await user.click(within(dialog).getByRole('button', { name: 'Perkelti' }))
    await waitFor(() => expect(writes).toHaveLength(2))
    expect(writes[1]).toEqual({
      method: 'PATCH',
      ifMatch: '"5"',
      body: { startsAt: '2030-01-08T10:00:00.000Z', endsAt: '2030-01-08T11:00:00.000Z' },
    })
  })
})
