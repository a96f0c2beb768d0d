import { fireEvent, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../lib/i18n'
import { renderWithApp } from '../../test/render'
import type { SectionQuery } from './section-query'
import { bothQueries } from './section-query'
import { SectionShell } from './section-shell'

type Names = { items: string[] }

const query = (over: Partial<SectionQuery<Names>>): SectionQuery<Names> => ({
  data: undefined,
  isPending: false,
  isError: false,
  error: null,
  refetch: vi.fn(),
  ...over,
})

const List = ({ q }: { q: SectionQuery<Names> }) => (
  <SectionShell
    query={q}
    empty={{ when: (data) => data.items.length === 0, title: 'Nobody yet', hint: 'Add someone' }}
  >
    {(data) => <p>{data.items.join(', ')}</p>}
  </SectionShell>
)

describe('SectionShell', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('names the loading state in the user’s language', () => {
    renderWithApp(<List q={query({ isPending: true })} />)
    expect(screen.getByRole('status')).toBeInTheDocument()
    expect(screen.getByLabelText('Įkeliama…')).toBeInTheDocument()
  })

  it('shows the error with a retry that asks again', () => {
    const refetch = vi.fn()
    renderWithApp(<List q={query({ isError: true, error: new Error('boom'), refetch })} />)
    expect(screen.getByRole('alert')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: 'Bandyti dar kartą' }))
    expect(refetch).toHaveBeenCalledOnce()
  })

  it('shows the empty state with its hint, and the children once there is something', () => {
    const view = renderWithApp(<List q={query({ data: { items: [] } })} />)
    expect(screen.getByText('Nobody yet')).toBeInTheDocument()
    expect(screen.getByText('Add someone')).toBeInTheDocument()
    view.unmount()
    renderWithApp(<List q={query({ data: { items: ['Ona', 'Jonas'] } })} />)
    expect(screen.getByText('Ona, Jonas')).toBeInTheDocument()
    expect(screen.queryByText('Nobody yet')).toBeNull()
  })

  it('waits for both queries and retries only the one that failed', () => {
    const ok = { ...query({ data: { items: ['a'] } }), refetch: vi.fn() }
    const failed = { ...query({ isError: true, error: new Error('x') }), refetch: vi.fn() }
    const both = bothQueries(ok, failed)
    expect(both.isError).toBe(true)
    both.refetch()
    expect(failed.refetch).toHaveBeenCalledOnce()
    expect(ok.refetch).not.toHaveBeenCalled()
    expect(bothQueries(ok, query({ isPending: true })).data).toBeUndefined()
  })
})
