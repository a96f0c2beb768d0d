import { DatePicker } from '@mantine/dates'
import { act, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../lib/i18n'
import { renderWithApp } from '../test/render'

describe('LocalisedDatesProvider', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('names months and weekdays in the app language and starts the week on Monday', async () => {
    renderWithApp(<DatePicker defaultDate="2026-12-01" />)
    expect(screen.getByText('gruodis 2026')).toBeInTheDocument()
    const weekdays = screen.getAllByRole('columnheader').map((cell) => cell.textContent)
    expect(weekdays).toEqual(['p', 'a', 't', 'k', 'pn', 'š', 's'])

    await act(() => i18n.changeLanguage('en'))

    expect(await screen.findByText('December 2026')).toBeInTheDocument()
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Mo',
      'Tu',
      'We',
      'Th',
      'Fr',
      'Sa',
      'Su',
    ])
  })
})
