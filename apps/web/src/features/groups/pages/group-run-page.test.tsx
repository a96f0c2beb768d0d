import type { GroupRun, GroupSession } from '@onestop/contracts'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { GroupRunPage } from './group-run-page'

const runId = '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

const session = (id: string, startsAt: string, endsAt: string): GroupSession => ({
  id,
  runId,
  startsAt,
  endsAt,
  status: 'scheduled',
  cancelReason: null,
  presentCount: 0,
})
// Both long past: with no session named, the register would open on the latest, the second.
const first = session('2e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', '2020-11-03T15:00:00Z', '2020-11-03T16:30:00Z')
const second = session('3e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', '2020-11-10T15:00:00Z', '2020-11-10T16:30:00Z')

const run: GroupRun = {
  id: runId,
  organisationId: adminUser.organisationId,
  serviceId: '3d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  serviceName: 'Tėvystės įgūdžių ugdymo užsiėmimas',
  title: 'Tėvystės įgūdžių grupė',
  methodology: null,
  roomId: null,
  roomName: null,
  siteId: null,
  facilitators: [{ id: adminUser.id, name: adminUser.name }],
  capacity: 12,
  enrolledCount: 0,
  waitlistedCount: 0,
  status: 'running',
  sessionCount: 2,
  firstSessionAt: first.startsAt,
  lastSessionAt: second.startsAt,
  version: 1,
  createdAt: '2026-10-20T10:00:00+02:00',
  updatedAt: '2026-10-20T10:00:00+02:00',
  sessions: [first, second],
}

const fakeApi = (answered: GroupRun = run) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = new URL(String(input), 'http://localhost').pathname
      if (path.endsWith(runId)) return jsonResponse(answered)
      if (path.endsWith('/enrolments')) return jsonResponse({ enrolled: [], waitlist: [] })
      return new Response('not found', { status: 404 })
    }),
  )

const renderAt = (search: string) =>
  renderWithApp(<GroupRunPage />, `/groups/${runId}${search}`, '/groups/:runId')

const selectedTab = async () => {
  await screen.findByRole('tablist')
  return screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')
}

describe('GroupRunPage tabs', () => {
  signedInForEachTest(adminUser)

  it('opens on the tab the URL names', async () => {
    fakeApi()
    renderAt('?tab=enrolments')
    expect(await selectedTab()).toHaveTextContent('Dalyviai ir eilė')
  })

  it('offers fidelity and outcomes only for a run that delivers a methodology', async () => {
    fakeApi({ ...run, methodology: { id: '6e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'SAFE' } })
    const { unmount } = renderAt('?tab=outcomes')
    expect(await selectedTab()).toHaveTextContent('Atitikimas ir rezultatai')
    unmount()
    fakeApi()
    renderAt('?tab=outcomes')
    expect(await selectedTab()).toHaveTextContent('Užsiėmimai')
    expect(screen.queryByRole('tab', { name: 'Atitikimas ir rezultatai' })).not.toBeInTheDocument()
  })

  it('falls back to the sessions on a tab it does not know', async () => {
    fakeApi()
    renderAt('?tab=payments')
    expect(await selectedTab()).toHaveTextContent('Užsiėmimai')
  })

  it('writes the chosen tab to the URL, replacing the entry, and leaves the default out', async () => {
    fakeApi()
    const user = userEvent.setup()
    const { router } = renderAt('')
    await user.click(await screen.findByRole('tab', { name: 'Dalyviai ir eilė' }))
    await waitFor(() => expect(router.state.location.search).toBe('?tab=enrolments'))
    expect(router.state.historyAction).toBe('REPLACE')
    await user.click(screen.getByRole('tab', { name: 'Užsiėmimai' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('reopens the register of the session the URL names', async () => {
    fakeApi()
    renderAt(`?tab=attendance&session=${first.id}`)
    expect(await selectedTab()).toHaveTextContent('Lankomumas')
    expect(screen.getByRole('textbox', { name: 'Užsiėmimas' })).toHaveValue('1. 2020-11-03 17:00')
  })

  it('keeps the chosen session in the URL', async () => {
    fakeApi()
    const user = userEvent.setup()
    const { router } = renderAt('?tab=attendance')
    expect(await screen.findByRole('textbox', { name: 'Užsiėmimas' })).toHaveValue('2. 2020-11-10 17:00')
    await user.click(screen.getByRole('textbox', { name: 'Užsiėmimas' }))
    await user.click(await screen.findByRole('option', { name: '1. 2020-11-03 17:00', hidden: true }))
    await waitFor(() => expect(router.state.location.search).toBe(`?tab=attendance&session=${first.id}`))
  })
})
