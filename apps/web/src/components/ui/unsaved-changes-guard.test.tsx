import { Button, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Link, Route, Routes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { adminUser } from '../../test/fixtures'
import { renderWithApp } from '../../test/render'
import { signedInForEachTest } from '../../test/signed-in'
import { FormShell } from './form-shell'
import { GuardedModal } from './guarded-modal'

const NoteForm = () => {
  const form = useForm({ initialValues: { text: '' } })
  return (
    <FormShell form={form} submit={() => Promise.resolve({})}>
      <TextInput label="Tekstas" {...form.getInputProps('text')} />
    </FormShell>
  )
}

const Pages = () => (
  <Routes>
    <Route
      path="/form"
      element={
        <>
          <NoteForm />
          <Link to="/elsewhere">Kitur</Link>
        </>
      }
    />
    <Route path="/elsewhere" element={<p>Kitas puslapis</p>} />
  </Routes>
)

const NoteDialog = () => {
  const [opened, { open, close }] = useDisclosure(false)
  return (
    <>
      <Button onClick={open}>Rašyti</Button>
      <GuardedModal opened={opened} onClose={close} title="Užrašas">
        <NoteForm />
      </GuardedModal>
    </>
  )
}

const closeNoteDialog = () =>
  within(screen.getByRole('dialog', { name: 'Užrašas' })).getByRole('button', { name: 'Uždaryti' })

const type = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'Tekstas' }), { target: { value: text } })

describe('UnsavedChangesGuard', () => {
  signedInForEachTest(adminUser)

  it('asks before leaving a form with unsaved changes; staying keeps it, leaving goes', async () => {
    renderWithApp(<Pages />, '/form')
    type('Neišsaugota mintis')
    await userEvent.click(screen.getByRole('link', { name: 'Kitur' }))
    const question = await screen.findByRole('dialog', { name: 'Išeiti neišsaugojus?' })
    expect(question).toHaveTextContent('Formoje atlikti pakeitimai dar neišsaugoti.')

    await userEvent.click(screen.getByRole('button', { name: 'Likti formoje' }))
    expect(screen.getByRole('textbox', { name: 'Tekstas' })).toHaveValue('Neišsaugota mintis')
    expect(screen.queryByText('Kitas puslapis')).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('link', { name: 'Kitur' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Išeiti neišsaugojus' }))
    expect(await screen.findByText('Kitas puslapis')).toBeInTheDocument()
  })

  it('lets a form without changes be left without asking', async () => {
    renderWithApp(<Pages />, '/form')
    await userEvent.click(screen.getByRole('link', { name: 'Kitur' }))
    expect(await screen.findByText('Kitas puslapis')).toBeInTheDocument()
  })

  it('asks before closing a dialog that holds a form with changes', async () => {
    renderWithApp(<NoteDialog />)
    await userEvent.click(screen.getByRole('button', { name: 'Rašyti' }))
    await screen.findByRole('textbox', { name: 'Tekstas' })
    type('Pusė sakinio')
    await userEvent.click(closeNoteDialog())
    await userEvent.click(await screen.findByRole('button', { name: 'Likti formoje' }))
    expect(await screen.findByRole('textbox', { name: 'Tekstas' })).toHaveValue('Pusė sakinio')

    await userEvent.click(closeNoteDialog())
    await userEvent.click(await screen.findByRole('button', { name: 'Išeiti neišsaugojus' }))
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Tekstas' })).not.toBeInTheDocument())
  })
})
