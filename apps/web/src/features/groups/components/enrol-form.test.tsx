import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { adminUser, familyFixture, memberFixture } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { EnrolForm } from './enrol-form'

const runId = '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

/** Lists the fixture family and its member; POSTs answer `enrol` and are recorded. */
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
      if (path.endsWith('/members')) return jsonResponse({ items: [memberFixture] })
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

describe('EnrolForm', () => {
  signedInForEachTest(adminUser)

  it('asks for a member before sending anything', async () => {
    const posts = fakeApi(() => jsonResponse({}))
    const user = userEvent.setup()
    renderWithApp(<EnrolForm runId={runId} taken={new Set()} onDone={() => undefined} />)
    await user.click(screen.getByRole('button', { name: 'Įrašyti' }))
    expect(await screen.findByText('Privalomas laukas')).toBeInTheDocument()
    expect(posts).toHaveLength(0)
  })

  it('keeps the choice and says why in the form when the server refuses', async () => {
    const posts = fakeApi(() => problemResponse(409, '/problems/already-enrolled'))
    const done = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<EnrolForm runId={runId} taken={new Set()} onDone={done} />)
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
