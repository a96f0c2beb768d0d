import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { AttendanceReportPage } from './attendance-report-page'

const reportRequests = () => {
  const fetchMock = vi.fn(async (url: string) =>
    url.startsWith('/api/v1/reports/attendance')
      ? jsonResponse({ rows: [] })
      : jsonResponse({ items: [], nextCursor: null }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return () =>
    fetchMock.mock.calls
      .map(([url]) => new URL(url, 'http://localhost'))
      .filter((url) => url.pathname === '/api/v1/reports/attendance')
}

describe('AttendanceReportPage', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('opens on the period and grouping in the address, so a reload or a shared link shows the same report', async () => {
    const requests = reportRequests()
    renderWithApp(<AttendanceReportPage />, '/reports/attendance?from=2026-01-01&to=2026-03-31&groupBy=month')
    await waitFor(() => expect(requests().length).toBeGreaterThan(0))
    const query = requests()[0]?.searchParams
    expect(query?.get('from')).toBe('2026-01-01')
    expect(query?.get('to')).toBe('2026-03-31')
    expect(query?.get('groupBy')).toBe('month')
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
  })

  it('falls back to grouping by service when the address names an unknown grouping', async () => {
    const requests = reportRequests()
    renderWithApp(
      <AttendanceReportPage />,
      '/reports/attendance?from=2026-01-01&to=2026-03-31&groupBy=nonsense',
    )
    await waitFor(() => expect(requests().length).toBeGreaterThan(0))
    expect(requests()[0]?.searchParams.get('groupBy')).toBe('service')
  })
})
