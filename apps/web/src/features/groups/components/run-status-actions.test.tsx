import type { GroupRun } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { RunStatusActions } from './run-status-actions'

const run: GroupRun = {
  id: '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  organisationId: '2d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  serviceId: '3d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  serviceName: 'Tėvystės įgūdžių ugdymo užsiėmimas',
  title: 'Tėvystės įgūdžių grupė',
  methodology: null,
  roomId: null,
  roomName: null,
  siteId: null,
  facilitators: [],
  capacity: 8,
  enrolledCount: 0,
  waitlistedCount: 0,
  status: 'planned',
  sessionCount: 0,
  firstSessionAt: null,
  lastSessionAt: null,
  version: 3,
  createdAt: '2026-11-20T10:00:00+02:00',
  updatedAt: '2026-11-20T10:00:00+02:00',
  sessions: [],
}

const fakeApi = () => {
  const fetchMock = vi.fn(async () => jsonResponse({ ...run, status: 'cancelled', version: 4 }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('RunStatusActions: cancelling a group', () => {
  it.each([
    ['lt', 'Atšaukti', 'Atšaukti grupę', 'Palikti grupę'],
    ['en', 'Cancel', 'Cancel the group', 'Keep the group'],
  ])('in %s, says no bare “%s” but “%s” and “%s”', async (language, bare, cancel, keep) => {
    await i18n.changeLanguage(language)
    const fetchMock = fakeApi()
    const user = userEvent.setup()
    renderWithApp(<RunStatusActions run={run} />)
    await user.click(screen.getByRole('button', { name: cancel }))
    const dialog = await screen.findByRole('dialog')
    const names = within(dialog)
      .getAllByRole('button')
      .map((button) => button.textContent)
    expect(names).toEqual(expect.arrayContaining([cancel, keep]))
    expect(names).not.toContain(bare)
    await user.click(within(dialog).getByRole('button', { name: keep }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('cancels the group only from the button that says so', async () => {
    await i18n.changeLanguage('lt')
    const fetchMock = fakeApi()
    const user = userEvent.setup()
    renderWithApp(<RunStatusActions run={run} />)
    await user.click(screen.getByRole('button', { name: 'Atšaukti grupę' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Atšaukti grupę' }))
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(JSON.parse(String(init.body))).toEqual({ status: 'cancelled' })
  })
})
