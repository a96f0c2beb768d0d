import type { CalendarEvent } from '@onestop/contracts'
import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { renderWithApp } from '../../../test/render'
import { CalendarBoard } from './calendar-board'
import { toEventInput } from './calendar-events'

const specialist = { id: '1e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Mindaugas Kazlauskas' }
const room = { id: '2e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Vaikų kambarys' }

const event = (fields: Partial<CalendarEvent>): CalendarEvent => ({
  id: '3e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  kind: 'appointment',
  visibility: 'full',
  startsAt: '2030-01-08T09:00:00+02:00',
  endsAt: '2030-01-08T09:45:00+02:00',
  status: 'scheduled',
  title: 'Psichologo konsultacija vaikams',
  serviceId: '4e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  staff: [specialist],
  room,
  siteId: '5e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  familyId: '6e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  familyReferenceCode: 'F-2026-0042',
  participants: [{ personId: '7e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Jonas Petrauskas' }],
  runId: null,
  enrolledCount: null,
  capacity: null,
  ...fields,
})

const own = event({})
// What the API sends for another family's appointment: no service, family or participants.
const busy = event({
  id: '8e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  visibility: 'busy',
  startsAt: '2030-01-08T11:00:00+02:00',
  endsAt: '2030-01-08T12:00:00+02:00',
  title: null,
  serviceId: null,
  familyId: null,
  familyReferenceCode: null,
  participants: null,
})
const session = event({
  id: '9e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  kind: 'group_session',
  startsAt: '2030-01-08T14:00:00+02:00',
  endsAt: '2030-01-08T16:00:00+02:00',
  title: 'Tėvystės įgūdžių grupė',
  familyId: null,
  familyReferenceCode: null,
  participants: null,
  runId: 'ae1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  enrolledCount: 6,
  capacity: 8,
})

const NOW = Date.parse('2030-01-01T12:00:00+02:00')

describe('calendar events', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('shows busy time as a grey, nameless "Užimta" that cannot be moved', () => {
    const input = toEventInput(busy, i18n.t, NOW)
    expect(input.title).toBe('Užimta')
    expect(input.classNames).toEqual(['os-event-busy'])
    expect(input.backgroundColor).toContain('gray')
    expect(input.startEditable).toBe(false)
    expect(input.durationEditable).toBe(false)
  })

  it("names the caller's own appointment by service and family reference, in Vilnius wall-clock time", () => {
    const input = toEventInput(own, i18n.t, NOW)
    expect(input.title).toBe('Psichologo konsultacija vaikams · F-2026-0042')
    expect(input.start).toBe('2030-01-08T09:00:00')
    expect(input.end).toBe('2030-01-08T09:45:00')
    expect(input.startEditable).toBe(true)
    // Never the participants' names on the calendar itself.
    expect(input.title).not.toContain('Jonas')
  })

  it('colours group sessions apart and shows their places', () => {
    const group = toEventInput(session, i18n.t, NOW)
    const appointment = toEventInput(own, i18n.t, NOW)
    expect(group.title).toBe('Tėvystės įgūdžių grupė (6/8)')
    expect(group.classNames).toEqual(['os-event-group'])
    expect(group.backgroundColor).not.toBe(appointment.backgroundColor)
    expect(group.startEditable).toBe(false)
  })

  it('does not offer to drag a past or finished appointment', () => {
    const later = Date.parse('2030-01-09T12:00:00+02:00')
    expect(toEventInput(own, i18n.t, later).startEditable).toBe(false)
    expect(toEventInput(event({ status: 'completed' }), i18n.t, NOW).startEditable).toBe(false)
  })

  it('draws busy time without names in the week view', async () => {
    renderWithApp(
      <CalendarBoard
        events={[own, busy, session]}
        initialView="timeGridWeek"
        initialDate="2030-01-08"
        onDatesChange={() => undefined}
        onOpen={() => undefined}
        onPick={() => undefined}
        onMove={() => undefined}
      />,
    )
    const busyEvent = (await screen.findByText('Užimta')).closest('.fc-event') as HTMLElement
    expect(busyEvent).toHaveClass('os-event-busy')
    expect(within(busyEvent).getByText('11:00 - 12:00')).toBeInTheDocument()
    expect(
      screen.getByText('Psichologo konsultacija vaikams · F-2026-0042').closest('.fc-event'),
    ).toHaveClass('os-event-appointment')
    expect(screen.getByText('Tėvystės įgūdžių grupė (6/8)').closest('.fc-event')).toHaveClass(
      'os-event-group',
    )
    expect(screen.queryByText(/Jonas/)).not.toBeInTheDocument()
  })
})
