import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { boardAnswer, facility, freeBed, officer, stay } from './accommodation-fixtures'
import { BedBoard } from './bed-board'

const fakeApi = () => {
  const urls: URL[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost')
      urls.push(url)
      const body = boardAnswer(url.pathname)
      return body === undefined ? new Response('not found', { status: 404 }) : jsonResponse(body)
    }),
  )
  return urls
}

const room = () => screen.findByRole('region', { name: 'Kambarys 12' })

describe('BedBoard', () => {
  signedInForEachTest(officer)

  it('shows each bed free, occupied (who, since, until) or out of service with its reason', async () => {
    const urls = fakeApi()
    renderWithApp(
      <BedBoard
        facility={facility}
        night="2030-01-10"
        onPlace={() => undefined}
        onOpenStay={() => undefined}
      />,
    )
    const beds = within(await room())

    expect(await beds.findByRole('button', { name: /Lova 1\s*Laisva/ })).toBeInTheDocument()
    const occupied = beds.getByRole('button', { name: /Lova 2/ })
    expect(occupied).toHaveTextContent('Rasa Jonaitienė')
    expect(occupied).toHaveTextContent(/nuo 2030-01-05.*iki 2030-01-20/)
    expect(occupied).toHaveTextContent('Atvyko')
    // Out of service is no button: nobody can be placed there.
    expect(beds.queryByRole('button', { name: /Lova 3/ })).not.toBeInTheDocument()
    expect(beds.getByText('Neveikia')).toBeInTheDocument()
    expect(beds.getByText('Čiužinio keitimas')).toBeInTheDocument()
    expect(beds.getByRole('button', { name: /Lova 4\s*Vaikiška lova\s*Laisva/ })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('laisvų lovų: 2, užimtų: 1, iš viso lovų: 4')

    const stays = urls.find((url) => url.pathname === '/api/v1/accommodation/stays')
    expect(Object.fromEntries(stays?.searchParams ?? [])).toEqual({
      facilityId: facility.id,
      from: '2030-01-10',
      to: '2030-01-11',
      limit: '500',
    })
    // One request for all the facility's beds, none per bed.
    const periods = urls.filter((url) => url.pathname.endsWith('/out-of-service'))
    expect(periods.map((url) => `${url.pathname}${url.search}`)).toEqual([
      `/api/v1/accommodation/facilities/${facility.id}/out-of-service?from=2030-01-10&to=2030-01-11`,
    ])
  })

  it('on a night after the stay and the repairs, every bed is free', async () => {
    fakeApi()
    renderWithApp(
      <BedBoard
        facility={facility}
        night="2030-01-20"
        onPlace={() => undefined}
        onOpenStay={() => undefined}
      />,
    )
    const beds = within(await room())
    // The check-out day is free for the next guest; the repairs ended on the 15th.
    expect(await beds.findAllByRole('button', { name: /Laisva/ })).toHaveLength(4)
    expect(beds.queryByText('Neveikia')).not.toBeInTheDocument()
  })

  it('starts a placement from a free bed and opens the stay from an occupied one', async () => {
    fakeApi()
    const onPlace = vi.fn()
    const onOpenStay = vi.fn()
    const user = userEvent.setup()
    renderWithApp(
      <BedBoard facility={facility} night="2030-01-10" onPlace={onPlace} onOpenStay={onOpenStay} />,
    )
    const beds = within(await room())
    await user.click(await beds.findByRole('button', { name: /Lova 1/ }))
    expect(onPlace).toHaveBeenCalledWith(freeBed)
    await user.click(beds.getByRole('button', { name: /Lova 2/ }))
    expect(onOpenStay).toHaveBeenCalledWith(stay)
  })
})
