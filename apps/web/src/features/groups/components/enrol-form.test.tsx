import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser, familyFixture, memberFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { EnrolForm } from './enrol-form'

const runId = '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

const methodologyId = '2e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
const partner = {
  ...memberFixture,
  id: '7b1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  personId: '8b1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  givenName: 'Tomas',
  gender: 'man' as const,
}

/** No Kids in the Middle's rules: both partners, court proceedings on hold. */
const couplesMethodology = {
  id: methodologyId,
  name: 'No Kids in the Middle',
  facilitatorsPerGroup: 2,
  enrolmentRules: {
    couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 6 },
    courtProceedingsOnHold: true,
  },
}

/** Lists the fixture family, its two members and the methodology; POSTs answer `enrol` and are recorded. */
const fakeApi = (enrol: () => Response) => {
  const posts: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname
      if (init?.method === 'POST') {
        posts.push(JSON.parse(String(init.body)))
        return enrol()
      }
      if (path === '/api/v1/families') return jsonResponse({ items: [familyFixture], nextCursor: null })
      if (path.endsWith('/members')) return jsonResponse({ items: [memberFixture, partner] })
      if (path === `/api/v1/methodologies/${methodologyId}`) return jsonResponse(couplesMethodology)
      return new Response('not found', { status: 404 })
    }),
  )
  return posts
}

const chooseMember = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('textbox', { name: 'Šeima' }))
  await user.click(await screen.findByRole('option', { name: /F-2026-0042/, hidden: true }))
  await user.click(screen.getByRole('textbox', { name: /Šeimos narys/ }))
  await user.click(await screen.findByRole('option', { name: 'Asta Petrauskienė', hidden: true }))
}

/** The options of a select's own list, once it is opened. */
const optionsOf = async (user: ReturnType<typeof userEvent.setup>, field: HTMLElement) => {
  await user.click(field)
  const list = await waitFor(() => {
    const found = document.getElementById(field.getAttribute('aria-controls') ?? '')
    if (!found) throw new Error('no list')
    return found
  })
  return within(list).getAllByRole('option', { hidden: true })
}

describe('EnrolForm', () => {
  signedInForEachTest(adminUser)

  it('asks for a member before sending anything', async () => {
    const posts = fakeApi(() => jsonResponse({}))
    const user = userEvent.setup()
    renderWithApp(<EnrolForm runId={runId} methodologyId={null} taken={new Set()} onDone={() => undefined} />)
    await user.click(screen.getByRole('button', { name: 'Įrašyti' }))
    expect(await screen.findByText('Privalomas laukas')).toBeInTheDocument()
    expect(posts).toHaveLength(0)
  })

  it('asks for no partner, birth date or confirmation without a methodology', async () => {
    fakeApi(() => jsonResponse({}))
    renderWithApp(<EnrolForm runId={runId} methodologyId={null} taken={new Set()} onDone={() => undefined} />)
    expect(screen.getByRole('textbox', { name: /Šeimos narys/ })).toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: /Partneris/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
  })

  it('asks for the partner and the court confirmation a couples methodology needs, and sends them', async () => {
    const posts = fakeApi(() => jsonResponse({ status: 'enrolled', waitlistPosition: null }))
    const done = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<EnrolForm runId={runId} methodologyId={methodologyId} taken={new Set()} onDone={done} />)
    const court = await screen.findByRole('checkbox', { name: 'Tėvai sutiko sustabdyti teismo procesus' })
    await user.click(screen.getByRole('textbox', { name: 'Šeima' }))
    await user.click(await screen.findByRole('option', { name: /F-2026-0042/, hidden: true }))
    const [asta] = await optionsOf(user, screen.getByRole('textbox', { name: /Šeimos narys/ }))
    await user.click(asta as HTMLElement)
    await user.click(screen.getByRole('button', { name: 'Įrašyti' }))
    expect(await screen.findByText('Privalomas laukas')).toBeInTheDocument()
    expect(screen.getByText('Metodika priima tik sustabdžius teismo procesus')).toBeInTheDocument()
    expect(posts).toHaveLength(0)

    // The person chosen is not offered as their own partner.
    const offered = await optionsOf(user, screen.getByRole('textbox', { name: /Partneris/ }))
    expect(offered.map((option) => option.textContent)).toEqual(['Tomas Petrauskienė'])
    await user.click(offered[0] as HTMLElement)
    await user.click(court)
    await user.click(screen.getByRole('button', { name: 'Įrašyti' }))
    await waitFor(() =>
      expect(posts).toEqual([
        { personId: memberFixture.personId, partnerPersonId: partner.personId, courtProceedingsOnHold: true },
      ]),
    )
    await waitFor(() => expect(done).toHaveBeenCalled())
  })

  it('keeps the choice and says why in the form when the server refuses', async () => {
    const posts = fakeApi(() => problemResponse(409, '/problems/already-enrolled'))
    const done = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<EnrolForm runId={runId} methodologyId={null} taken={new Set()} onDone={done} />)
    await chooseMember(user)
    await user.click(screen.getByRole('button', { name: 'Įrašyti' }))

    // In the form beside the choice, not a notification that fades.
    const form = screen.getByRole('button', { name: 'Įrašyti' }).closest('form') as HTMLElement
    expect(await within(form).findByRole('alert')).toHaveTextContent('Asmuo jau įrašytas į šią grupę')
    await waitFor(() => expect(posts).toEqual([{ personId: memberFixture.personId }]))
    expect(screen.getByRole('textbox', { name: /Šeimos narys/ })).toHaveValue('Asta Petrauskienė')
    expect(done).not.toHaveBeenCalled()
  })
})
