import { fireEvent, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { todayInVilnius } from '../../../lib/format'
import { adminUser, familyFixture } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { ReviewForm } from './review-form'

/** A day `days` from today in Vilnius (negative: before), so the test holds on whatever day it runs. */
const fromToday = (days: number) => {
  const date = new Date(`${todayInVilnius()}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

describe('ReviewForm: a next review before today', () => {
  signedInForEachTest(adminUser)

  it('is recorded (a review written up late) only once the past date is confirmed', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({}, 201))
    vi.stubGlobal('fetch', fetchMock)
    renderWithApp(<ReviewForm familyId={familyFixture.id} openGoals={[]} onDone={() => undefined} />)
    fireEvent.change(screen.getByLabelText(/Peržiūros data/), { target: { value: fromToday(-100) } })
    fireEvent.change(screen.getByLabelText(/Kita peržiūra/), { target: { value: fromToday(-10) } })
    expect(screen.getByText('Data jau praėjo')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Išsaugoti' }))
    expect(await screen.findByText('Patvirtinkite praėjusią datą arba pasirinkite kitą')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('checkbox', { name: /nors jau praėjo/ }))
    fireEvent.click(screen.getByRole('button', { name: 'Išsaugoti' }))
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(JSON.parse(String(init.body))).toMatchObject({
      reviewedOn: fromToday(-100),
      nextReviewOn: fromToday(-10),
      pastDateConfirmed: true,
    })
  })
})
