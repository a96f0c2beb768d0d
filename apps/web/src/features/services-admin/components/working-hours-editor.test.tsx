import type { Site, WorkingHours } from '@onestop/contracts'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { WorkingHoursEditor } from './working-hours-editor'

const userId = '1e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const site = (id: string, name: string): Site => ({
  id,
  organisationId: '2e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name,
  address: 'Nadruvos g. 13, Vilnius',
  municipality: 'Vilniaus miesto savivaldybė',
  rooms: [],
  createdAt: '2026-01-01T10:00:00+02:00',
  updatedAt: '2026-01-01T10:00:00+02:00',
})
const centre = site('3e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', 'Vieno langelio centras')
const branch = site('4e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', 'Kretingos skyrius')

const hours: WorkingHours = {
  userId,
  entries: [
    {
      id: '5e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      siteId: centre.id,
      siteName: centre.name,
      weekday: 1,
      startsAt: '08:00',
      endsAt: '17:00',
      validFrom: '2026-05-07',
      validTo: null,
    },
    {
      id: '6e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      siteId: branch.id,
      siteName: branch.name,
      weekday: 3,
      startsAt: '12:00',
      endsAt: '16:00',
      validFrom: '2026-05-07',
      validTo: '2026-12-31',
    },
  ],
}

interface Call {
  method: string
  body: unknown
}

const fakeApi = (answer: () => Response) => {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      })
      return answer()
    }),
  )
  return calls
}

const rowsOf = () =>
  within(screen.getByRole('table', { name: 'Savaitės darbo laikas' }))
    .getAllByRole('row')
    .slice(1)

describe('WorkingHoursEditor', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('adds and removes rows, and saves the whole pattern with PUT', async () => {
    const calls = fakeApi(() => jsonResponse({ ...hours, outsideHours: [] }))
    const user = userEvent.setup()
    renderWithApp(<WorkingHoursEditor hours={hours} sites={[centre, branch]} />)
    expect(rowsOf()).toHaveLength(2)
    expect(screen.getByLabelText('2 eilutė: padalinys')).toHaveValue(branch.id)

    // A new row follows the last: the next weekday, same site, times and validity.
    await user.click(screen.getByRole('button', { name: 'Pridėti eilutę' }))
    expect(rowsOf()).toHaveLength(3)
    expect(screen.getByLabelText('3 eilutė: diena')).toHaveValue('4')
    expect(screen.getByLabelText('3 eilutė: padalinys')).toHaveValue(branch.id)
    await user.selectOptions(screen.getByLabelText('3 eilutė: padalinys'), centre.id)
    fireEvent.change(screen.getByLabelText('3 eilutė: nuo'), { target: { value: '09:30' } })
    fireEvent.change(screen.getByLabelText('3 eilutė: galioja iki'), { target: { value: '' } })

    await user.click(screen.getByRole('button', { name: 'Pašalinti 1 eilutę' }))
    expect(rowsOf()).toHaveLength(2)
    expect(screen.getByLabelText('1 eilutė: diena')).toHaveValue('3')

    await user.click(screen.getByRole('button', { name: 'Išsaugoti darbo laiką' }))
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1))
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      entries: [
        {
          siteId: branch.id,
          weekday: 3,
          startsAt: '12:00',
          endsAt: '16:00',
          validFrom: '2026-05-07',
          validTo: '2026-12-31',
        },
        { siteId: centre.id, weekday: 4, startsAt: '09:30', endsAt: '16:00', validFrom: '2026-05-07' },
      ],
    })
    expect(await screen.findByText('Darbo laikas išsaugotas.')).toBeInTheDocument()
  })

  it("puts the API's pointer errors on the row and field they name", async () => {
    const calls = fakeApi(() =>
      problemResponse(400, '/problems/validation', {
        errors: [
          {
            pointer: '/entries/1/siteId',
            code: 'unknown-site',
            message: 'is not a site of your organisation',
          },
          {
            pointer: '/entries/2',
            code: 'hours-overlap',
            message: 'overlaps entry 1 on the same weekday',
            params: { other: 1 },
          },
        ],
      }),
    )
    const user = userEvent.setup()
    renderWithApp(<WorkingHoursEditor hours={hours} sites={[centre, branch]} />)
    await user.click(screen.getByRole('button', { name: 'Pridėti eilutę' }))
    await user.selectOptions(screen.getByLabelText('3 eilutė: diena'), '1')
    await user.selectOptions(screen.getByLabelText('3 eilutė: padalinys'), centre.id)
    await user.click(screen.getByRole('button', { name: 'Išsaugoti darbo laiką' }))

    expect(await screen.findByText('Persidengia su 1 eilute tą pačią savaitės dieną')).toBeInTheDocument()
    const [first, second, third] = rowsOf() as [HTMLElement, HTMLElement, HTMLElement]
    expect(within(third).getByText('Persidengia su 1 eilute tą pačią savaitės dieną')).toBeInTheDocument()
    expect(third).toHaveAttribute('aria-invalid', 'true')
    expect(within(second).getByText('Tokio padalinio jūsų organizacijoje nėra')).toBeInTheDocument()
    expect(screen.getByLabelText('2 eilutė: padalinys')).toHaveAttribute('aria-invalid', 'true')
    expect(first).not.toHaveAttribute('aria-invalid')
    expect(within(first).queryByText(/Persidengia|padalinio/)).not.toBeInTheDocument()
    expect(screen.getByText('Darbo laiko išsaugoti nepavyko')).toBeInTheDocument()
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1)
  })

  it('checks each row before sending: an end before the start is refused on that row', async () => {
    const calls = fakeApi(() => jsonResponse({ ...hours, outsideHours: [] }))
    const user = userEvent.setup()
    renderWithApp(<WorkingHoursEditor hours={hours} sites={[centre, branch]} />)
    fireEvent.change(screen.getByLabelText('2 eilutė: iki'), { target: { value: '11:00' } })
    await user.click(screen.getByRole('button', { name: 'Išsaugoti darbo laiką' }))
    expect(
      within(rowsOf()[1] as HTMLElement).getByText('Pabaiga turi būti vėliau nei pradžia.'),
    ).toBeInTheDocument()
    expect(calls).toHaveLength(0)
  })
})
