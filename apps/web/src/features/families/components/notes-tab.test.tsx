import type { CaseNote } from '@onestop/contracts'
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { sessionStore } from '../../../lib/session-store'
import { adminUser, familyFixture, sessionFor } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { NotesTab } from './notes-tab'

const colleague = { id: '5b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Rasa Kavaliauskienė' }
const note = (id: string, fields: Partial<CaseNote>): CaseNote => ({
  id,
  familyId: familyFixture.id,
  author: colleague,
  visibility: 'team',
  annotatesId: null,
  text: 'Tekstas',
  version: 1,
  createdAt: '2026-11-20T10:00:00+02:00',
  editedAt: '2026-11-20T10:00:00+02:00',
  ...fields,
})

const own = note('1a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', {
  author: { id: adminUser.id, name: adminUser.name },
  text: 'Mano užrašas',
  visibility: 'case_manager',
  version: 2,
  createdAt: '2026-11-22T10:00:00+02:00',
})
const theirs = note('2a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', { text: 'Kolegės užrašas <b>x</b>' })
const correction = note('3a1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', {
  annotatesId: theirs.id,
  text: 'Patikslinimas: vaikai atvežti kitą dieną.',
  createdAt: '2026-11-21T10:00:00+02:00',
})

describe('NotesTab', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
    sessionStore.setSession(sessionFor('token', adminUser))
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ items: [own, correction, theirs], nextCursor: null })),
    )
  })
  afterEach(() => {
    // Unmount while still signed in: the tab reads the current user.
    cleanup()
    sessionStore.reset()
  })

  it('offers no delete control, and edit only on your own notes', async () => {
    renderWithApp(<NotesTab familyId={familyFixture.id} canContribute />)
    const items = await screen.findAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(screen.queryByRole('button', { name: /trinti|delete|pašalinti/i })).not.toBeInTheDocument()

    const [mine, other] = items as [HTMLElement, HTMLElement]
    expect(within(mine).getByText('Mano užrašas')).toBeInTheDocument()
    expect(within(mine).getByRole('button', { name: 'Redaguoti' })).toBeInTheDocument()
    expect(within(mine).getByText('Tik atvejo vadybininkui')).toBeInTheDocument()
    expect(within(mine).getByText('Redaguota')).toBeInTheDocument()
    expect(within(mine).getByRole('button', { name: 'Versijos' })).toBeInTheDocument()
    expect(within(other).queryByRole('button', { name: 'Redaguoti' })).not.toBeInTheDocument()
    expect(within(other).getByRole('button', { name: 'Pridėti pataisymą' })).toBeInTheDocument()
  })

  it('shows an annotation under the note it corrects, and text literally', async () => {
    renderWithApp(<NotesTab familyId={familyFixture.id} canContribute />)
    const other = (await screen.findAllByRole('listitem'))[1] as HTMLElement
    expect(within(other).getByText('Kolegės užrašas <b>x</b>')).toBeInTheDocument()
    const annotation = within(other).getByRole('note', { name: 'Pataisymas' })
    expect(within(annotation).getByText('Patikslinimas: vaikai atvežti kitą dieną.')).toBeInTheDocument()
    expect(document.querySelector('li b')).toBeNull()
  })

  it('offers neither writing nor editing to someone outside the team', async () => {
    renderWithApp(<NotesTab familyId={familyFixture.id} canContribute={false} />)
    await screen.findAllByRole('listitem')
    expect(screen.queryByRole('button', { name: 'Redaguoti' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Pridėti pataisymą' })).not.toBeInTheDocument()
    expect(screen.queryByRole('textbox', { name: /Rašyti užrašą/ })).not.toBeInTheDocument()
  })
})
