import type { AffectedBooking } from '@onestop/contracts'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { renderWithApp } from '../../../test/render'
import { AffectedBookingsAlert } from './affected-bookings-alert'

const bookings: AffectedBooking[] = [
  {
    kind: 'appointment',
    id: '1a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
    startsAt: '2027-01-04T14:00:00.000Z',
    endsAt: '2027-01-04T15:00:00.000Z',
    title: 'Psichologo konsultacija',
    familyReferenceCode: 'F-2026-0042',
    runId: null,
  },
  {
    kind: 'group_session',
    id: '2a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
    // 00:30 on 5 January in Vilnius, still the 4th in UTC: the link follows the Vilnius day.
    startsAt: '2027-01-04T22:30:00.000Z',
    endsAt: '2027-01-05T00:00:00.000Z',
    title: 'Tėvystės įgūdžių grupė',
    familyReferenceCode: null,
    runId: '3a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  },
  {
    kind: 'appointment',
    id: '4a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
    startsAt: '2027-01-06T08:00:00.000Z',
    endsAt: '2027-01-06T09:00:00.000Z',
    title: null,
    familyReferenceCode: null,
    runId: null,
  },
]

describe('AffectedBookingsAlert', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('lists each booking with its time, title and family, linking to its day in the calendar', async () => {
    const onClose = vi.fn()
    renderWithApp(
      <AffectedBookingsAlert bookings={bookings} title="Registracijos nebuvimo metu" onClose={onClose} />,
    )
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('Registracijos nebuvimo metu')).toBeInTheDocument()
    expect(
      within(alert).getByText('Niekas neatšaukta. Perkelkite ar atšaukite jas kalendoriuje:'),
    ).toBeInTheDocument()
    const items = within(alert).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^2027-01-04 16:00 Psichologo konsultacija, šeima F-2026-0042$/),
      expect.stringMatching(/^2027-01-05 00:30 Tėvystės įgūdžių grupė$/),
      expect.stringMatching(/^2027-01-06 10:00 Šeimos, kurios nematote, registracija$/),
    ])
    expect(
      within(alert)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/calendar?view=timeGridDay&date=2027-01-04',
      '/calendar?view=timeGridDay&date=2027-01-05',
      '/calendar?view=timeGridDay&date=2027-01-06',
    ])
    expect(
      within(alert).getByRole('link', { name: 'Atverti 2027-01-04 16:00 kalendoriuje' }),
    ).toBeInTheDocument()
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Slėpti sąrašą' }))
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('shows nothing when no booking is affected', () => {
    renderWithApp(<AffectedBookingsAlert bookings={[]} title="x" onClose={() => {}} />)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
