import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser, familyFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { boardAnswer, facility, freeBed, mother, officer } from '../components/accommodation-fixtures'
import { waitingRequest } from '../components/waiting-fixtures'
import { AccommodationPage } from './accommodation-page'

interface Call {
  method: string
  path: string
  body: unknown
}

const request = waitingRequest(1, {
  familyReference: familyFixture.referenceCode,
  priority: 'urgent',
  neededFrom: '2030-01-10',
})

const fakeApi = () => {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const { pathname } = new URL(String(input), 'http://localhost')
      const method = init?.method ?? 'GET'
      calls.push({ method, path: pathname, body: init?.body ? JSON.parse(String(init.body)) : undefined })
      if (method === 'POST' && pathname === '/api/v1/accommodation/placements')
        return jsonResponse({ id: 'p', familyId: familyFixture.id, facilityId: facility.id, stays: [] }, 201)
      if (pathname === '/api/v1/accommodation/facilities') return jsonResponse({ items: [facility] })
      if (pathname === '/api/v1/accommodation/facility-names')
        return jsonResponse({ items: [{ id: facility.id, name: facility.name, kind: facility.kind }] })
      if (pathname === '/api/v1/accommodation/waiting-list')
        return jsonResponse({ items: [request], nextCursor: null })
      if (pathname === '/api/v1/accommodation/occupancy')
        return jsonResponse({
          facilityId: facility.id,
          from: '2030-01-01',
          to: '2030-02-01',
          days: [],
          staysEnded: 0,
          averageLengthOfStay: null,
        })
      if (pathname === `/api/v1/accommodation/facilities/${facility.id}/residents`)
        return jsonResponse({ date: '2030-01-10', items: [] })
      if (pathname === '/api/v1/sites') return jsonResponse({ items: [], nextCursor: null })
      if (pathname === '/api/v1/families') return jsonResponse({ items: [familyFixture], nextCursor: null })
      // An accommodation officer off the case team may not read the family's members.
      if (pathname === `/api/v1/families/${familyFixture.id}/members`)
        return problemResponse(404, '/problems/not-found')
      const body = boardAnswer(pathname, [])
      return body === undefined ? new Response('not found', { status: 404 }) : jsonResponse(body)
    }),
  )
  return calls
}

const tabNames = () => screen.getAllByRole('tab').map((tab) => tab.textContent)

describe('AccommodationPage', () => {
  describe('for an accommodation officer', () => {
    signedInForEachTest(officer)

    it('opens the night and facility named in the address on the bed board', async () => {
      fakeApi()
      renderWithApp(<AccommodationPage />, `/accommodation?facility=${facility.id}&night=2030-01-10`)
      expect(await screen.findByRole('tab', { name: 'Lovos', selected: true })).toBeInTheDocument()
      expect(tabNames()).toEqual([
        'Lovos',
        'Laiko juosta',
        'Laukiantieji',
        'Užimtumas',
        'Kas gyvena dabar',
        'Vietos, kambariai ir lovos',
      ])
    })

    it('places a family from its request: the dialog is filled from it and the placement closes it', async () => {
      const calls = fakeApi()
      const user = userEvent.setup()
      renderWithApp(<AccommodationPage />, '/accommodation?tab=waiting')
      await user.click(await screen.findByRole('button', { name: 'Apgyvendinti šeimą F-2026-0042' }))

      const dialog = await screen.findByRole('dialog', { name: `Apgyvendinti: ${facility.name}` })
      expect(within(dialog).getByRole('textbox', { name: /Šeima/ })).toHaveValue('F-2026-0042')
      // The members the request names are placed, without reading the family's records; check-in is the day
      // the place is needed from.
      expect(await within(dialog).findByRole('checkbox', { name: 'Asta Petrauskienė' })).toBeChecked()
      expect(within(dialog).queryByRole('checkbox', { name: /Jonas/ })).not.toBeInTheDocument()
      expect(within(dialog).getByLabelText(/Atvykimo diena/)).toHaveValue('2030-01-10')
      fireEvent.change(within(dialog).getByLabelText(/Planuojama išvykimo diena/), {
        target: { value: '2030-01-17' },
      })
      const bed = within(dialog).getByRole('textbox', { name: /Lova: Asta Petrauskienė/ })
      await user.click(bed)
      const listbox = await waitFor(() => {
        const element = document.getElementById(bed.getAttribute('aria-controls') ?? '')
        if (!element) throw new Error('no list of beds')
        return element
      })
      await user.click(within(listbox).getByRole('option', { name: /Lova 1$/, hidden: true }))
      const waitingReads = calls.filter((call) => call.path.endsWith('/waiting-list')).length
      await user.click(within(dialog).getByRole('button', { name: 'Apgyvendinti' }))

      await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1))
      const none = { intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false }
      expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
        familyId: familyFixture.id,
        waitingRequestId: request.id,
        checkIn: '2030-01-10',
        checkOut: '2030-01-17',
        members: [{ personId: mother.personId, bedId: freeBed.id, admission: none }],
      })
      // The waiting list is read again, now without the request placed.
      await waitFor(() =>
        expect(calls.filter((call) => call.path.endsWith('/waiting-list')).length).toBeGreaterThan(
          waitingReads,
        ),
      )
    })
  })

  describe('for an administrator, who sets up facilities but does not place people', () => {
    signedInForEachTest(adminUser)

    it('opens on the setup even when the address asks for the board, and shows no one by name', async () => {
      fakeApi()
      renderWithApp(<AccommodationPage />, '/accommodation?tab=board')
      expect(
        await screen.findByRole('tab', { name: 'Vietos, kambariai ir lovos', selected: true }),
      ).toBeInTheDocument()
      expect(tabNames()).toEqual(['Užimtumas', 'Vietos, kambariai ir lovos'])
      expect(screen.queryByRole('button', { name: 'Apgyvendinti šeimą' })).not.toBeInTheDocument()
      expect(
        await screen.findByRole('heading', { name: 'Kambariai ir lovos: Krizinis apgyvendinimas' }),
      ).toBeInTheDocument()
    })
  })

  describe('for a psychologist, who may see occupancy counts only', () => {
    signedInForEachTest({ ...adminUser, roles: ['specialist'] })

    it('shows only occupancy, with facilities by name, even when the address asks for the residents', async () => {
      const calls = fakeApi()
      renderWithApp(<AccommodationPage />, `/accommodation?tab=residents&facility=${facility.id}`)
      expect(await screen.findByRole('tab', { name: 'Užimtumas', selected: true })).toBeInTheDocument()
      expect(tabNames()).toEqual(['Užimtumas'])
      expect(await screen.findByText('Šį mėnesį niekas neišvyko')).toBeInTheDocument()
      const paths = calls.map((call) => call.path)
      expect(paths).toContain('/api/v1/accommodation/facility-names')
      expect(paths).not.toContain('/api/v1/accommodation/facilities')
      expect(paths.some((path) => path.endsWith('/residents'))).toBe(false)
    })
  })

  describe('for a case manager', () => {
    signedInForEachTest({ ...adminUser, roles: ['case_manager'] })

    it('shows the waiting list and occupancy, not who is in the house', async () => {
      fakeApi()
      renderWithApp(<AccommodationPage />, '/accommodation')
      expect(await screen.findByRole('tab', { name: 'Laukiantieji', selected: true })).toBeInTheDocument()
      expect(tabNames()).toEqual(['Laukiantieji', 'Užimtumas'])
      // A case manager asks for a place but does not place or withdraw.
      expect(await screen.findByRole('button', { name: 'Pridėti prašymą' })).toBeInTheDocument()
      expect(screen.queryByRole('button', { name: /^Apgyvendinti šeimą/ })).not.toBeInTheDocument()
      expect(screen.queryByRole('button', { name: /^Atsiimti/ })).not.toBeInTheDocument()
    })
  })
})
