import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { AppProvider } from '../app/provider'
import { UnsavedChangesGuard } from '../components/ui/unsaved-changes-guard'
import { createQueryClient } from '../lib/query-client'

/**
 * Renders with the app's providers and a data router (as the app has) at `path`; `pattern` names the route's
 * parameters for a page that reads them (e.g. `/families/:familyId`).
 */
export const renderWithApp = (ui: ReactElement, path = '/', pattern = '*') => {
  const router = createMemoryRouter(
    [
      {
        path: pattern,
        element: (
          <>
            <UnsavedChangesGuard />
            {ui}
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  )
  return {
    ...render(
      <AppProvider queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>,
    ),
    router,
  }
}

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
