import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch, notFound } from '../../../test/fake-fetch'
import { familyFixture } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { mother, officer, son } from './accommodation-fixtures'
import { waitingRequest } from './waiting-fixtures'
import { WaitingRequestForm } from './waiting-request-form'

const members = [mother, son].map((member) => ({
  personId: member.personId,
  name: `${member.givenName} ${member.familyName}`,
  ageYears: member.ageYears,
}))

/** Finding families for placement and creating the request are all there is: no family records. */
const fakeApi = () =>
  fakeFetch(({ method, path }) => {
    if (path === '/api/v1/accommodation/families')
      return jsonResponse({
        items: [
          { id: familyFixture.id, referenceCode: familyFixture.referenceCode, status: 'active', members },
        ],
      })
    if (method === 'POST' && path === '/api/v1/accommodation/waiting-list')
      return jsonResponse(waitingRequest(1), 201)
    return notFound()
  })

describe('WaitingRequestForm', () => {
  signedInForEachTest(officer)

  it("asks a place for the members chosen from the family found, searching by a member's name", async () => {
    const calls = fakeApi()
    const user = userEvent.setup()
    renderWithApp(<WaitingRequestForm onDone={() => undefined} />)

    await user.type(screen.getByRole('textbox', { name: /Šeima/ }), 'Jonas')
    const option = await screen.findByRole('option', { name: /F-2026-0042/, hidden: true })
    expect(option).toHaveTextContent('Asta Petrauskienė, Jonas Petrauskienė')
    await waitFor(() => expect(calls.some((call) => call.search === '?q=Jonas')).toBe(true))
    await user.click(option)
    await user.click(screen.getByRole('radio', { name: 'Pasirinktiems nariams' }))
    await user.click(screen.getByRole('checkbox', { name: 'Jonas Petrauskienė' }))
    await user.type(screen.getByRole('textbox', { name: /Priežastis/ }), 'Grįžti namo nesaugu.')
    await user.click(screen.getByRole('button', { name: 'Įrašyti į laukiančiųjų sąrašą' }))

    await waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1))
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      familyId: familyFixture.id,
      memberIds: [son.personId],
      reason: 'Grįžti namo nesaugu.',
    })
    expect(calls.filter((call) => call.path.startsWith('/api/v1/families'))).toEqual([])
  })
})
