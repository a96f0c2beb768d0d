import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { MemoryRouter } from 'react-router'
import { AppProvider } from '../app/provider'
import { createQueryClient } from '../lib/query-client'

/** Renders with the app's providers and a router at `path`. */
export const renderWithApp = (ui: ReactElement, path = '/') =>
  render(
    <AppProvider queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProvider>,
  )

export const problemResponse = (status: number, type: string, extra: Record<string, unknown> = {}) =>
  new Response(
    JSON.stringify({
      type,
      title: 'Problem',
      status,
      detail: `detail of ${type}`,
      requestId: 'req-1',
      ...extra,
    }),
    {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    },
  )

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
