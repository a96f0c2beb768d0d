import type { Appointment, AvailableSlot, Member, Service } from '@onestop/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { vilniusDayStart } from '../../../lib/format'
import { adminUser, familyFixture, memberFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { BookingDialog, type BookingPreset } from './booking-dialog'

const service = (id: string, nameLt: string, mode: Service['mode']): Service => ({
  id,
  organisationId: adminUser.organisationId,
  code: id.slice(0, 8),
  catalogueCode: '202',
  nameLt,
  nameEn: nameLt,
  mode,
  professions: ['psychologist'],
  roomKinds: ['children'],
  defaultDurationMinutes: 45,
  defaultCapacity: mode === 'group' ? 20 : null,
  methodology: null,
  active: true,
  version: 1,
  createdAt: '2026-01-01T10:00:00+02:00',
  updatedAt: '2026-01-01T10:00:00+02:00',
})
const consultation = service(
  '1c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  'Psichologo konsultacija vaikams',
  'individual',
)
const therapyGroup = service('2c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', 'Terapinė grupė', 'group')

const mindaugas = { id: '3c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Mindaugas Kazlauskas' }
const ieva = { id: '4c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Ieva Kavaliauskienė' }
const siteId = '5c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const childrensRoom = { id: '6c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Vaikų kambarys', siteId }
const consultationRoom = {
  id: '7c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Konsultacijų kabinetas 1',
  siteId,
}

const slot = (
  startsAt: string,
  endsAt: string,
  specialist = mindaugas,
  room = childrensRoom,
): AvailableSlot => ({
  startsAt,
  endsAt,
  specialist,
  room,
  siteId,
  siteName: 'Vieno langelio centras',
})
// Two days; on the first, two specialists at 09:00 and Mindaugas again at 09:15. Listed earliest first.
const slots = [
  slot('2030-01-07T09:00:00+02:00', '2030-01-07T09:45:00+02:00'),
  slot('2030-01-07T09:00:00+02:00', '2030-01-07T09:45:00+02:00', ieva, consultationRoom),
  slot('2030-01-07T09:15:00+02:00', '2030-01-07T10:00:00+02:00'),
  slot('2030-01-08T10:00:00+02:00', '2030-01-08T10:45:00+02:00'),
]

const child: Member = {
  ...memberFixture,
  id: '8c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  personId: '9c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  givenName: 'Jonas',
  familyName: 'Petrauskas',
  birthDate: '2015-06-21',
  ageYears: 11,
  role: 'child',
}

const booked = (fields: Partial<Appointment> = {}): Appointment => ({
  id: 'ac1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  visibility: 'full',
  organisationId: adminUser.organisationId,
  specialist: mindaugas,
  roomId: childrensRoom.id,
  roomName: childrensRoom.name,
  siteId,
  startsAt: '2030-01-07T09:15:00+02:00',
  endsAt: '2030-01-07T10:00:00+02:00',
  status: 'scheduled',
  serviceId: consultation.id,
  serviceName: consultation.nameLt,
  familyId: familyFixture.id,
  familyReferenceCode: familyFixture.referenceCode,
  participants: [{ personId: child.personId, name: 'Jonas Petrauskas' }],
  cancelReason: null,
  version: 1,
  createdAt: '2026-11-20T10:00:00+02:00',
  updatedAt: '2026-11-20T10:00:00+02:00',
  ...fields,
})

interface Call {
  method: string
  url: URL
  body: unknown
}

/** A fake API: the catalogue, staff, sites, members, availability, and `book` for POST /bookings. */
const fakeApi = (book: () => Response) => {
  const calls: Call[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const method = init?.method ?? 'GET'
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined })
    const path = url.pathname
    if (path === '/api/v1/services')
      return jsonResponse({ items: [consultation, therapyGroup], nextCursor: null })
    if (path === '/api/v1/staff')
      return jsonResponse({
        items: [mindaugas, ieva].map((p) => ({
          ...p,
          roles: ['specialist'],
          professions: ['psychologist'],
          organisationId: adminUser.organisationId,
          organisationName: adminUser.organisationName,
        })),
        nextCursor: null,
      })
    if (path === '/api/v1/sites') return jsonResponse({ items: [], nextCursor: null })
    if (path === `/api/v1/families/${familyFixture.id}/members`)
      return jsonResponse({ items: [memberFixture, child] })
    if (path === '/api/v1/availability') return jsonResponse({ items: slots, truncated: false })
    if (path === '/api/v1/bookings' && method === 'POST') return book()
    return new Response('not found', { status: 404 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return calls
}

const family = { id: familyFixture.id, referenceCode: familyFixture.referenceCode }

const openDialog = (preset: BookingPreset = { family }) =>
  renderWithApp(<BookingDialog opened onClose={() => undefined} preset={preset} />)

const searchFor = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(await screen.findByRole('textbox', { name: /Paslauga/ }))
  await user.click(await screen.findByRole('option', { name: consultation.nameLt, hidden: true }))
  await user.click(screen.getByRole('button', { name: 'Rasti laisvą laiką' }))
}

const slotButton = (name: RegExp) => screen.findByRole('button', { name })

describe('BookingDialog', () => {
  signedInForEachTest(adminUser)

  it('offers only services booked as appointments', async () => {
    fakeApi(() => jsonResponse(booked(), 201))
    const user = userEvent.setup()
    openDialog()
    await user.click(await screen.findByRole('textbox', { name: /Paslauga/ }))
    expect(await screen.findByRole('option', { name: consultation.nameLt, hidden: true })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: therapyGroup.nameLt, hidden: true })).not.toBeInTheDocument()
  })

  it('groups the free slots by day, then by specialist, each slot a named button', async () => {
    const calls = fakeApi(() => jsonResponse(booked(), 201))
    const user = userEvent.setup()
    openDialog()
    await searchFor(user)

    await slotButton(/^09:00–09:45, Mindaugas Kazlauskas, Vaikų kambarys$/)
    const days = screen.getAllByRole('region')
    expect(days).toHaveLength(2)
    const [first, second] = days as [HTMLElement, HTMLElement]
    expect(within(first).getByRole('heading').textContent).toMatch(/sausio 7/)
    expect(within(second).getByRole('heading').textContent).toMatch(/sausio 8/)
    // Mindaugas first (he is listed first), with his two times in order; then Ieva with hers.
    expect(
      within(first)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      '09:00–09:45, Mindaugas Kazlauskas, Vaikų kambarys',
      '09:15–10:00, Mindaugas Kazlauskas, Vaikų kambarys',
      '09:00–09:45, Ieva Kavaliauskienė, Konsultacijų kabinetas 1',
    ])
    expect(within(second).getAllByRole('button')).toHaveLength(1)
    for (const button of within(first).getAllByRole('button'))
      expect(button).toHaveAttribute('aria-pressed', 'false')

    const search = calls.find((c) => c.url.pathname === '/api/v1/availability')
    expect(search?.url.searchParams.get('serviceId')).toBe(consultation.id)
    expect(search?.url.searchParams.has('specialistId')).toBe(false)

    // Choosing one and going back shows it pressed.
    await user.click(screen.getByRole('button', { name: /^09:00–09:45, Ieva Kavaliauskienė/ }))
    await user.click(await screen.findByRole('button', { name: '← Kitas laikas' }))
    expect(await slotButton(/^09:00–09:45, Ieva Kavaliauskienė/)).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: /^09:00–09:45, Mindaugas Kazlauskas/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })

  it("books the chosen slot for the family's chosen members and shows the booking's warnings", async () => {
    const warning = 'Jonas Petrauskas: 16 iš 15 suplanuotų (viršytas planas).'
    const calls = fakeApi(() => jsonResponse(booked({ warnings: [warning] }), 201))
    const user = userEvent.setup()
    openDialog()
    await searchFor(user)
    await user.click(await slotButton(/^09:15–10:00, Mindaugas Kazlauskas/))

    const form = await screen.findByRole('form', { name: 'Vizito registracija' })
    expect(within(form).getByText(familyFixture.referenceCode)).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Registruoti' }))
    expect(await within(form).findByText('Pasirinkite bent vieną dalyvį.')).toBeInTheDocument()
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    await user.click(within(form).getByRole('checkbox', { name: /Jonas Petrauskas/ }))
    await user.click(within(form).getByRole('button', { name: 'Registruoti' }))

    expect(await screen.findByText(warning)).toBeInTheDocument()
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({
      serviceId: consultation.id,
      specialistId: mindaugas.id,
      roomId: childrensRoom.id,
      familyId: familyFixture.id,
      participantIds: [child.personId],
      startsAt: '2030-01-07T09:15:00+02:00',
      endsAt: '2030-01-07T10:00:00+02:00',
    })
  })

  it('after a clash says why and shows the slots again, asked afresh', async () => {
    const calls = fakeApi(() => problemResponse(409, '/problems/double-booking'))
    const user = userEvent.setup()
    openDialog()
    await searchFor(user)
    await user.click(await slotButton(/^09:15–10:00, Mindaugas Kazlauskas/))
    await user.click(await screen.findByRole('checkbox', { name: /Jonas Petrauskas/ }))
    await user.click(screen.getByRole('button', { name: 'Registruoti' }))

    expect(await screen.findByText(/jau užimti/)).toBeInTheDocument()
    expect(await slotButton(/^09:00–09:45, Mindaugas Kazlauskas/)).toBeInTheDocument()
    await waitFor(() =>
      expect(calls.filter((c) => c.url.pathname === '/api/v1/availability').length).toBeGreaterThanOrEqual(2),
    )
  })

  it('names who lacks a certification in the methodology on which day, in Lithuanian', async () => {
    fakeApi(() =>
      problemResponse(409, '/problems/facilitator-not-certified', {
        methodology: { id: 'bc1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Incredible Years' },
        uncertified: [{ userId: mindaugas.id, name: mindaugas.name, date: '2030-01-07' }],
      }),
    )
    const user = userEvent.setup()
    openDialog()
    await searchFor(user)
    await user.click(await slotButton(/^09:15–10:00, Mindaugas Kazlauskas/))
    await user.click(await screen.findByRole('checkbox', { name: /Jonas Petrauskas/ }))
    await user.click(screen.getByRole('button', { name: 'Registruoti' }))

    expect(
      await screen.findByText(/Mindaugas Kazlauskas neturi Incredible Years sertifikato: 2030-01-07\./),
    ).toBeInTheDocument()
  })

  it('a time picked on the calendar searches that day and chooses the slot starting then', async () => {
    const calls = fakeApi(() => jsonResponse(booked(), 201))
    const user = userEvent.setup()
    openDialog({ family, startsAt: '2030-01-07T09:15:00+02:00', specialistId: mindaugas.id })
    await searchFor(user)

    const form = await screen.findByRole('form', { name: 'Vizito registracija' })
    expect(within(form).getByText(/09:15–10:00/)).toBeInTheDocument()
    expect(within(form).getByText(/Mindaugas Kazlauskas · Vaikų kambarys/)).toBeInTheDocument()
    const search = calls.find((c) => c.url.pathname === '/api/v1/availability')
    expect(search?.url.searchParams.get('from')).toBe(vilniusDayStart('2030-01-07'))
    expect(search?.url.searchParams.get('to')).toBe(vilniusDayStart('2030-01-07', true))
    expect(search?.url.searchParams.get('specialistId')).toBe(mindaugas.id)
  })
})
