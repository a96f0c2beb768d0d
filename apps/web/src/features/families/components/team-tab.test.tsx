import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser, familyFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { useCaseTeam } from '../api/get-case-team'
import { TeamTab } from './team-tab'

const ngo = { organisationId: '2c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', organisationName: 'Kretingos MIMC' }
const laura = {
  id: '5a9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Laura Bielskienė',
  roles: ['specialist'],
  professions: ['psychologist'],
  ...ngo,
}
const mindaugas = {
  id: '6b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  name: 'Mindaugas Kazlauskas',
  roles: ['specialist'],
  professions: ['psychologist'],
  organisationId: adminUser.organisationId,
  organisationName: adminUser.organisationName,
}

/** Answers the team, the staff directory and outside reads; POSTs to the team answer `add` and are recorded. */
const fakeApi = (add: () => Response) => {
  const posts: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname
      if (path === `/api/v1/families/${familyFixture.id}/team` && init?.method === 'POST') {
        posts.push(JSON.parse(String(init.body)))
        return add()
      }
      if (path === `/api/v1/families/${familyFixture.id}/team`) return jsonResponse({ items: [] })
      if (path === '/api/v1/staff') return jsonResponse({ items: [laura, mindaugas], nextCursor: null })
      if (path === `/api/v1/families/${familyFixture.id}/outside-reads`) return jsonResponse({ items: [] })
      return new Response('not found', { status: 404 })
    }),
  )
  return posts
}

const Harness = () => {
  const team = useCaseTeam(familyFixture.id)
  return <TeamTab family={familyFixture} team={team} canChange />
}

const chooseLaura = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(await screen.findByRole('textbox', { name: 'Darbuotojas' }))
  const option = await screen.findByRole('option', { name: /Laura Bielskienė/, hidden: true })
  await user.click(option)
}

const pickLaura = async (user: ReturnType<typeof userEvent.setup>) => {
  await chooseLaura(user)
  await user.click(screen.getByRole('button', { name: 'Pridėti į komandą' }))
}

describe('TeamTab: adding a partner organisation’s staff member', () => {
  signedInForEachTest(adminUser)

  it('marks another organisation’s staff in the picker with a partner badge and their organisation', async () => {
    fakeApi(() => jsonResponse({ items: [] }))
    const user = userEvent.setup()
    renderWithApp(<Harness />)
    await user.click(await screen.findByRole('textbox', { name: 'Darbuotojas' }))
    const partner = await screen.findByRole('option', { name: /Laura Bielskienė/, hidden: true })
    expect(within(partner).getByText('Partneris')).toBeInTheDocument()
    expect(within(partner).getByText('Psichologas · Kretingos MIMC')).toBeInTheDocument()
    const own = screen.getByRole('option', { name: /Mindaugas Kazlauskas/, hidden: true })
    expect(within(own).queryByText('Partneris')).not.toBeInTheDocument()
    expect(within(own).queryByText(/Vieno langelio centras/)).not.toBeInTheDocument()
  })

  it.each([
    ['/problems/partner-consent-required', 'Šeima nedavė sutikimo teikti duomenis partnerių organizacijoms'],
    ['/problems/partnership-required', 'neturi galiojančios partnerystės su jūsų organizacija'],
  ])('explains a 409 %s in Lithuanian next to the picker', async (type, text) => {
    fakeApi(() => problemResponse(409, type))
    const user = userEvent.setup()
    renderWithApp(<Harness />)
    await pickLaura(user)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(text)
    expect(alert).not.toHaveTextContent(`detail of ${type}`)
  })

  it('asks for a staff member before adding, and sends nothing without one', async () => {
    const posts = fakeApi(() => jsonResponse({ items: [] }))
    const user = userEvent.setup()
    renderWithApp(<Harness />)
    await user.click(await screen.findByRole('button', { name: 'Pridėti į komandą' }))
    expect(await screen.findByText('Privalomas laukas')).toBeInTheDocument()
    expect(posts).toEqual([])
  })

  it('asks before leaving a chosen staff member not yet added; once added, the picker is empty again', async () => {
    const posts = fakeApi(() => jsonResponse({ items: [] }))
    const user = userEvent.setup()
    const { router } = renderWithApp(<Harness />, `/families/${familyFixture.id}?tab=team`)
    await chooseLaura(user)
    void router.navigate(`/families/${familyFixture.id}?tab=notes`)
    const question = await screen.findByRole('dialog', { name: 'Išeiti neišsaugojus?' })
    await user.click(within(question).getByRole('button', { name: 'Likti formoje' }))
    expect(router.state.location.search).toBe('?tab=team')

    await user.click(screen.getByRole('button', { name: 'Pridėti į komandą' }))
    expect(await screen.findByText('Darbuotojas pridėtas į komandą.')).toBeInTheDocument()
    expect(posts).toEqual([{ userId: laura.id }])
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Darbuotojas' })).toHaveValue(''))
    await router.navigate(`/families/${familyFixture.id}?tab=notes`)
    expect(router.state.location.search).toBe('?tab=notes')
  })
})
