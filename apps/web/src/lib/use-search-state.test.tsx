import { fireEvent, render, screen } from '@testing-library/react'
import { MemoryRouter, useLocation } from 'react-router'
import { describe, expect, it } from 'vitest'
import { day, flag, maybeOneOf, oneOf, text, useSearchState } from './use-search-state'

const STATE = {
  tab: oneOf(['members', 'team', 'notes'], 'members'),
  status: maybeOneOf(['intake', 'active']),
  q: text(5),
  from: day,
  mine: flag,
}

const Probe = () => {
  const [value, setValue] = useSearchState(STATE)
  const location = useLocation()
  return (
    <>
      <output>{JSON.stringify(value)}</output>
      <p>{location.search}</p>
      <button type="button" onClick={() => setValue({ ...value, tab: 'team', mine: true })}>
        team
      </button>
      <button type="button" onClick={() => setValue({ ...value, tab: 'members', status: null })}>
        back to defaults
      </button>
    </>
  )
}

const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Probe />
    </MemoryRouter>,
  )

const shown = () => JSON.parse(screen.getByRole('status').textContent ?? '{}')

describe('useSearchState', () => {
  it('restores what a reloaded or shared link says', () => {
    renderAt('/families?tab=notes&status=active&q=Jon&from=2026-03-01&mine=1')
    expect(shown()).toEqual({ tab: 'notes', status: 'active', q: 'Jon', from: '2026-03-01', mine: true })
  })

  it('falls back to the defaults on values it does not know, never failing', () => {
    renderAt('/families?tab=secret&status=archived&q=abcdefghij&from=yesterday&mine=yes')
    expect(shown()).toEqual({ tab: 'members', status: null, q: 'abcde', from: '', mine: false })
  })

  it('writes changes to the URL, leaves defaults out and keeps parameters it does not own', () => {
    renderAt('/families?other=1&status=intake')
    fireEvent.click(screen.getByRole('button', { name: 'team' }))
    expect(screen.getByText('?other=1&status=intake&tab=team&mine=1')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'back to defaults' }))
    expect(screen.getByText('?other=1&mine=1')).toBeInTheDocument()
  })
})
