import type { Stay } from '@onestop/contracts'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { boardAnswer, facility, freeBed, officer, stay } from './accommodation-fixtures'
import { StayTimeline } from './stay-timeline'

const STAYS = '/api/v1/accommodation/stays'

/** A stay on the second page: Lova 1, from the 8th to the 12th. */
const later: Stay = {
  ...stay,
  id: '55555555-8a53-4d5e-9d43-3f1f4b1c2a11',
  personId: '77777777-8a53-4d5e-9d43-3f1f4b1c2a11',
  personName: 'Ieva Jonaitytė',
  status: 'planned',
  since: '2030-01-08',
  checkOut: '2030-01-12',
  bedId: freeBed.id,
  bedLabel: freeBed.label,
  checkedInAt: null,
}

/** The stays in two pages, the second held back until `release` is called. */
const twoPages = () => {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  const staysUrls: URL[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost')
      if (url.pathname !== STAYS) {
        const body = boardAnswer(url.pathname)
        return body === undefined ? new Response('not found', { status: 404 }) : jsonResponse(body)
      }
      staysUrls.push(url)
      if (!url.searchParams.get('cursor')) return jsonResponse({ items: [stay], nextCursor: 'second' })
      await held
      return jsonResponse({ items: [later], nextCursor: null })
    }),
  )
  return { staysUrls, release }
}

describe('StayTimeline', () => {
  signedInForEachTest(officer)

  it('reads every page of the window and shows nothing from the first alone', async () => {
    const { staysUrls, release } = twoPages()
    renderWithApp(
      <StayTimeline facility={facility} from="2030-01-06" weeks={2} onOpenStay={() => undefined} />,
    )

    // While the second page is coming the timeline says how many stays it has, and shows none of them.
    expect(await screen.findByText('Įkelta apgyvendinimų: 1; įkeliami kiti…')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Rasa Jonaitienė/ })).not.toBeInTheDocument()

    release()
    expect(
      await screen.findByRole('button', { name: /Ieva Jonaitytė.*2030-01-08 – 2030-01-12/ }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: /Rasa Jonaitienė.*2030-01-05 – 2030-01-20/ }),
    ).toBeInTheDocument()
    expect(screen.queryByText(/įkeliami kiti/)).not.toBeInTheDocument()
    expect(staysUrls.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { facilityId: facility.id, from: '2030-01-06', to: '2030-01-20', limit: '500' },
      { facilityId: facility.id, from: '2030-01-06', to: '2030-01-20', limit: '500', cursor: 'second' },
    ])
  })
})
