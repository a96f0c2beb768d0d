import type { Enrolment, GroupRun } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { EnrolmentsPanel } from './enrolments-panel'

const runId = '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const run: GroupRun = {
  id: runId,
  organisationId: '2d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  serviceId: '3d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  serviceName: 'Tėvystės įgūdžių ugdymo užsiėmimas',
  title: 'Tėvystės įgūdžių grupė',
  methodology: null,
  roomId: null,
  roomName: null,
  siteId: null,
  facilitators: [{ id: '4d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Ieva Kavaliauskienė' }],
  capacity: 2,
  enrolledCount: 2,
  waitlistedCount: 3,
  status: 'planned',
  sessionCount: 0,
  firstSessionAt: null,
  lastSessionAt: null,
  version: 1,
  createdAt: '2026-11-20T10:00:00+02:00',
  updatedAt: '2026-11-20T10:00:00+02:00',
  sessions: [],
}

let serial = 0
const enrolment = (name: string | null, fields: Partial<Enrolment> = {}): Enrolment => {
  serial += 1
  const id = `${String(serial).padStart(8, '0')}-8a53-4d5e-9d43-3f1f4b1c2a10`
  return {
    id,
    runId,
    visible: name !== null,
    personId: name === null ? null : `${String(serial).padStart(8, '0')}-1111-4d5e-9d43-3f1f4b1c2a10`,
    familyId: name === null ? null : '5d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
    name,
    status: 'enrolled',
    waitlistPosition: null,
    coupleId: null,
    expectedBirthOn: null,
    courtProceedingsOnHold: false,
    createdAt: '2026-11-20T10:00:00+02:00',
    ...fields,
  }
}

const asta = enrolment('Asta Petrauskienė')
const tomas = enrolment('Tomas Petrauskas')
const indre = enrolment('Indrė Kairienė', { status: 'waitlisted', waitlistPosition: 1 })
const hidden = enrolment(null, { status: 'waitlisted', waitlistPosition: 2 })
const kajus = enrolment('Kajus Kairys', { status: 'waitlisted', waitlistPosition: 3 })

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)

describe('EnrolmentsPanel', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('lists the waitlist by position, first in line first, whatever order it arrives in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ enrolled: [asta, tomas], waitlist: [kajus, indre, hidden] })),
    )
    renderWithApp(<EnrolmentsPanel run={run} />)

    const waitlist = await screen.findByRole('table', { name: 'Laukiančiųjų eilė' })
    const rows = rowsOf(waitlist)
    expect(rows).toHaveLength(3)
    expect(within(rows[0] as HTMLElement).getByLabelText('1 vieta eilėje')).toBeInTheDocument()
    expect(rows[0]).toHaveTextContent('Indrė Kairienė')
    expect(within(rows[1] as HTMLElement).getByLabelText('2 vieta eilėje')).toBeInTheDocument()
    expect(rows[1]).toHaveTextContent('Kitos šeimos narys (jums nematomas)')
    // A person the reader may not see cannot be withdrawn from here.
    expect(within(rows[1] as HTMLElement).queryByRole('button')).not.toBeInTheDocument()
    expect(within(rows[2] as HTMLElement).getByLabelText('3 vieta eilėje')).toBeInTheDocument()
    expect(rows[2]).toHaveTextContent('Kajus Kairys')

    const enrolled = screen.getByRole('table', { name: 'Dalyviai' })
    expect(rowsOf(enrolled).map((row) => row.textContent)).toEqual([
      expect.stringContaining('Asta Petrauskienė'),
      expect.stringContaining('Tomas Petrauskas'),
    ])
    expect(screen.getByRole('heading', { name: 'Dalyviai (2 iš 2)' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Laukiančiųjų eilė (3)' })).toBeInTheDocument()
  })

  it('withdrawing with a reason names who moved up from the waitlist, and the line moves on', async () => {
    let withdrawn = false
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        withdrawn = true
        return jsonResponse({ ...asta, status: 'withdrawn' })
      }
      return jsonResponse(
        withdrawn
          ? {
              enrolled: [tomas, { ...indre, status: 'enrolled', waitlistPosition: null }],
              waitlist: [
                { ...hidden, waitlistPosition: 1 },
                { ...kajus, waitlistPosition: 2 },
              ],
            }
          : { enrolled: [asta, tomas], waitlist: [indre, hidden, kajus] },
      )
    })
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<EnrolmentsPanel run={run} />)

    await user.click(await screen.findByRole('button', { name: 'Išbraukti: Asta Petrauskienė' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('button', { name: 'Palikti grupėje' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Išbraukti iš grupės' }))
    expect(await within(dialog).findByText('Privalomas laukas')).toBeInTheDocument()
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)

    await user.type(within(dialog).getByRole('textbox', { name: /Priežastis/ }), 'Persikėlė')
    await user.click(within(dialog).getByRole('button', { name: 'Išbraukti iš grupės' }))

    // Said on the page (and in a notification) until dismissed.
    const promoted = 'Asta Petrauskienė išbrauktas(-a); vietą gavo Indrė Kairienė.'
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((el) => el.textContent === promoted)).toBe(true),
    )
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(post?.[0]).toBe(`/api/v1/groups/${runId}/enrolments/${asta.id}/withdraw`)
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ reason: 'Persikėlė' })

    await waitFor(() =>
      expect(rowsOf(screen.getByRole('table', { name: 'Laukiančiųjų eilė' }))).toHaveLength(2),
    )
    const [first] = rowsOf(screen.getByRole('table', { name: 'Laukiančiųjų eilė' }))
    expect(within(first as HTMLElement).getByLabelText('1 vieta eilėje')).toBeInTheDocument()
    expect(rowsOf(screen.getByRole('table', { name: 'Dalyviai' }))[1]).toHaveTextContent('Indrė Kairienė')
  })
})
