import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { type FetchCall, fakeFetch, notFound } from '../../../test/fake-fetch'
import { familyFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { boardAnswer, childBed, facility, freeBed, mother, officer, son } from './accommodation-fixtures'
import { PlacementForm } from './placement-form'

/** The family as an accommodation officer finds it: members by name and age, nothing of its records. */
const placeable = {
  id: familyFixture.id,
  referenceCode: familyFixture.referenceCode,
  status: 'active',
  members: [mother, son].map((member) => ({
    personId: member.personId,
    name: `${member.givenName} ${member.familyName}`,
    ageYears: member.ageYears,
  })),
}

/** The board's data and the families found; POST /placements answers `place`. Nothing else is there. */
const fakeApi = (place: () => Response) =>
  fakeFetch(({ method, path }) => {
    if (method === 'POST' && path === '/api/v1/accommodation/placements') return place()
    if (path === '/api/v1/accommodation/families') return jsonResponse({ items: [placeable] })
    const body = boardAnswer(path)
    return body === undefined ? notFound() : jsonResponse(body)
  })

const fillIn = async (user: ReturnType<typeof userEvent.setup>) => {
  renderWithApp(
    <PlacementForm
      facility={facility}
      preset={{ bedId: freeBed.id, checkIn: '2030-01-10' }}
      onDone={() => undefined}
    />,
  )
  await user.click(screen.getByRole('textbox', { name: /Šeima/ }))
  await user.click(await screen.findByRole('option', { name: /F-2026-0042/, hidden: true }))
  fireEvent.change(screen.getByLabelText(/Planuojama išvykimo diena/), { target: { value: '2030-01-17' } })
  // The bed clicked on the board is the mother's; the son chooses among the beds still free.
  expect(await screen.findByRole('textbox', { name: /Lova: Asta Petrauskienė/ })).toHaveValue(
    'Kambarys 12 · Lova 1',
  )
  const sonsBed = screen.getByRole('textbox', { name: /Lova: Jonas Petrauskienė/ })
  await user.click(sonsBed)
  // Every select keeps its options in the page: read the son's own list.
  const listbox = await waitFor(() => {
    const element = document.getElementById(sonsBed.getAttribute('aria-controls') ?? '')
    if (!element) throw new Error('no list of beds for the son')
    return element
  })
  const options = within(listbox)
    .getAllByRole('option', { hidden: true })
    .map((option) => option.textContent)
  // Only free beds, the child's bed first; the occupied, the broken and the mother's are not offered.
  expect(options).toEqual(['Kambarys 12 · Lova 4, Vaikiška lova'])
  await user.click(within(listbox).getByRole('option', { name: /Lova 4/, hidden: true }))
}

const sent = (calls: FetchCall[]) => calls.filter((call) => call.method === 'POST').map((call) => call.body)

describe('PlacementForm', () => {
  signedInForEachTest(officer)

  it('places the chosen members, each in the bed chosen for them, with their admission checks', async () => {
    const calls = fakeApi(() =>
      jsonResponse({ id: 'p', familyId: familyFixture.id, facilityId: facility.id, stays: [] }, 201),
    )
    const user = userEvent.setup()
    await fillIn(user)
    await user.click(screen.getByRole('button', { name: 'Apgyvendinti' }))

    await waitFor(() => expect(sent(calls)).toHaveLength(1))
    // The officer need not be on the family's case team: its records are never read.
    expect(calls.filter((call) => call.path.startsWith('/api/v1/families'))).toEqual([])
    const none = { intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false }
    expect(sent(calls)[0]).toEqual({
      familyId: familyFixture.id,
      checkIn: '2030-01-10',
      checkOut: '2030-01-17',
      members: [
        { personId: mother.personId, bedId: freeBed.id, admission: none },
        { personId: son.personId, bedId: childBed.id, admission: none },
      ],
    })
  })

  it('leaves out a member who is not ticked', async () => {
    const calls = fakeApi(() =>
      jsonResponse({ id: 'p', familyId: familyFixture.id, facilityId: facility.id, stays: [] }, 201),
    )
    const user = userEvent.setup()
    await fillIn(user)
    await user.click(screen.getByRole('checkbox', { name: 'Jonas Petrauskienė (vaikas)' }))
    await user.click(screen.getByRole('button', { name: 'Apgyvendinti' }))
    await waitFor(() => expect(sent(calls)).toHaveLength(1))
    expect((sent(calls)[0] as { members: { personId: string }[] }).members.map((m) => m.personId)).toEqual([
      mother.personId,
    ])
  })

  it('shows a refused admission in the form with its reason, at the check that refused it', async () => {
    const calls = fakeApi(() => problemResponse(422, '/problems/admission-intoxicated'))
    const user = userEvent.setup()
    await fillIn(user)
    const motherChecks = screen.getAllByRole('group', { name: /Priėmimo patikra/ })[0]
    if (!motherChecks) throw new Error('no checks')
    await user.click(within(motherChecks).getByRole('checkbox', { name: /apsvaigęs/ }))
    await user.click(screen.getByRole('button', { name: 'Apgyvendinti' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Neapgyvendinta')
    expect(alert).toHaveTextContent('Priėmimas atsisakytas: suaugęs asmuo apsvaigęs.')
    expect(within(motherChecks).getByText('Dėl šios aplinkybės priimti negalima')).toBeInTheDocument()
    const [body] = sent(calls) as { members: { admission: { intoxicated: boolean } }[] }[]
    expect(body?.members.map((m) => m.admission.intoxicated)).toEqual([true, false])
    // The form stays open with what was chosen.
    expect(screen.getByRole('textbox', { name: /Lova: Jonas Petrauskienė/ })).toHaveValue(
      'Kambarys 12 · Lova 4, Vaikiška lova',
    )
  })
})
