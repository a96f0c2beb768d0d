import { screen, within } from '@testing-library/react'
import axe from 'axe-core'
import { describe, expect, it, vi } from 'vitest'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { boardAnswer, facility, officer } from './accommodation-fixtures'
import { BedBoard } from './bed-board'
import { StayTimeline } from './stay-timeline'

const fakeApi = () =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const body = boardAnswer(new URL(String(input), 'http://localhost').pathname)
      return body === undefined ? new Response('not found', { status: 404 }) : jsonResponse(body)
    }),
  )

/** axe's findings, leaving out what jsdom cannot judge (colours are checked in the browser suite). */
const violations = async (container: Element) => {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.html).join(' | ')}`,
  )
}

describe('accommodation views and axe', () => {
  signedInForEachTest(officer)

  it('the bed board has names for every button and region', async () => {
    fakeApi()
    const { container } = renderWithApp(
      <BedBoard
        facility={facility}
        night="2030-01-10"
        onPlace={() => undefined}
        onOpenStay={() => undefined}
      />,
    )
    await screen.findByText('Rasa Jonaitienė')
    expect(await violations(container)).toEqual([])
  })

  it('the timeline is a titled table in a scrolling region, headers per day and bed, and named stay buttons', async () => {
    fakeApi()
    const { container } = renderWithApp(
      <StayTimeline facility={facility} from="2030-01-06" weeks={2} onOpenStay={() => undefined} />,
    )
    expect(
      await screen.findByRole('button', { name: /Rasa Jonaitienė.*2030-01-05 – 2030-01-20, Atvyko/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('table', { name: /Krizinis apgyvendinimas: apgyvendinimai/ })).toBeInTheDocument()
    // Weeks are wider than a phone: the table scrolls in a region of the same name that the keyboard reaches.
    const region = screen.getByRole('region', { name: /Krizinis apgyvendinimas: apgyvendinimai/ })
    expect(region).toHaveAttribute('tabindex', '0')
    expect(within(region).getByRole('table')).toBeInTheDocument()
    expect(screen.getAllByRole('rowheader')).toHaveLength(4)
    expect(await violations(container)).toEqual([])
  })
})
