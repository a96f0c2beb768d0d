import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { act, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../lib/api-error'
import { sessionStore } from '../../lib/session-store'
import { adminUser, sessionFor } from '../../test/fixtures'
import { renderWithApp } from '../../test/render'
import { signedInForEachTest } from '../../test/signed-in'
import { FormShell } from './form-shell'

const problem = (status: number, type: string, fieldErrors: ApiError['fieldErrors'] = []) =>
  new ApiError({ status, type: `/problems/${type}`, title: type, detail: 'English detail', fieldErrors })

const NoteForm = ({
  submit,
  onReload,
  draftKey,
  clearOnSave,
}: {
  submit: (values: { text: string }) => Promise<unknown>
  onReload?: () => Promise<unknown>
  draftKey?: string
  clearOnSave?: boolean
}) => {
  const form = useForm({ initialValues: { text: '' } })
  return (
    <FormShell
      form={form}
      submit={submit}
      onReload={onReload}
      draftKey={draftKey}
      clearOnSave={clearOnSave}
      successMessage="Išsaugota"
    >
      <TextInput label="Tekstas" {...form.getInputProps('text')} />
    </FormShell>
  )
}

/** A record someone else retitles while the user edits its text. */
const RecordForm = ({
  submit,
}: {
  submit: (values: { title: string; text: string }) => Promise<unknown>
}) => {
  const [record, setRecord] = useState({ version: 1, values: { title: 'Senas', text: 'Senas tekstas' } })
  const form = useForm({ initialValues: record.values })
  const reload = async () => setRecord({ version: 2, values: { title: 'Naujas', text: 'Senas tekstas' } })
  return (
    <FormShell form={form} record={record} submit={submit} onReload={reload}>
      <TextInput label="Pavadinimas" {...form.getInputProps('title')} />
      <TextInput label="Tekstas" {...form.getInputProps('text')} />
    </FormShell>
  )
}

const textField = () => screen.getByRole('textbox', { name: 'Tekstas' })
const type = (text: string) => fireEvent.change(textField(), { target: { value: text } })
const save = () => userEvent.click(screen.getByRole('button', { name: 'Išsaugoti' }))

describe('FormShell', () => {
  signedInForEachTest(adminUser)
  beforeEach(() => {
    localStorage.clear()
    notifications.clean()
  })

  it('shows a refusal in one alert in Lithuanian, never the server English', async () => {
    renderWithApp(<NoteForm submit={() => Promise.reject(problem(409, 'invalid-transition'))} />)
    type('Tekstas')
    await save()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Esamoje įrašo būsenoje šis veiksmas negalimas')
    expect(alert).not.toHaveTextContent('English detail')
  })

  it('puts the field errors of a problem at their fields, in Lithuanian', async () => {
    const refusal = problem(400, 'validation', [{ pointer: '/text', code: 'blank-text', message: 'blank' }])
    renderWithApp(<NoteForm submit={() => Promise.reject(refusal)} />)
    type('   ')
    await save()
    expect(await screen.findByText('Įrašykite tekstą')).toBeInTheDocument()
    expect(textField()).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('after someone else changed the record, reloads it and keeps what was typed', async () => {
    const onReload = vi.fn(() => Promise.resolve())
    renderWithApp(
      <NoteForm submit={() => Promise.reject(problem(412, 'stale-version'))} onReload={onReload} />,
    )
    type('Mano pakeitimas')
    await save()
    expect(await screen.findByRole('alert')).toHaveTextContent('Šį įrašą pakeitė kažkas kitas')
    await userEvent.click(screen.getByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(onReload).toHaveBeenCalledOnce()
    expect(await screen.findByText(/Įrašas atnaujintas/)).toBeInTheDocument()
    expect(textField()).toHaveValue('Mano pakeitimas')
  })

  it('after a reload, fields left alone take the new version and typed ones keep the input', async () => {
    const submit = vi
      .fn<(values: { title: string; text: string }) => Promise<unknown>>()
      .mockRejectedValueOnce(problem(412, 'stale-version'))
      .mockResolvedValueOnce({})
    renderWithApp(<RecordForm submit={submit} />)
    type('Mano tekstas')
    await save()
    await userEvent.click(await screen.findByRole('button', { name: 'Atnaujinti įrašą' }))
    expect(await screen.findByRole('textbox', { name: 'Pavadinimas' })).toHaveValue('Naujas')
    expect(textField()).toHaveValue('Mano tekstas')
    await save()
    expect(submit).toHaveBeenLastCalledWith({ title: 'Naujas', text: 'Mano tekstas' })
  })

  it('shows progress on the submit button while saving, then says it is saved', async () => {
    let finish: (value: unknown) => void = () => undefined
    const submit = vi.fn(() => new Promise((resolve) => (finish = resolve)))
    renderWithApp(<NoteForm submit={submit} />)
    type('Tekstas')
    await save()
    const button = screen.getByRole('button', { name: 'Išsaugoti' })
    expect(button).toHaveAttribute('data-loading', 'true')
    expect(button).toBeDisabled()
    await act(async () => finish({}))
    expect(await screen.findByText('Išsaugota')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Išsaugoti' })).not.toHaveAttribute('data-loading')
    expect(submit).toHaveBeenCalledWith({ text: 'Tekstas' })
  })
})

describe('FormShell after saving', () => {
  signedInForEachTest(adminUser)
  beforeEach(() => notifications.clean())

  it('keeps what was sent as the saved state of an edited record', async () => {
    renderWithApp(<NoteForm submit={() => Promise.resolve({})} />)
    type('Išsaugotas tekstas')
    await save()
    await screen.findByText('Išsaugota')
    expect(textField()).toHaveValue('Išsaugotas tekstas')
  })

  it('starts empty again, and stays empty, when the form makes new records', async () => {
    renderWithApp(<NoteForm submit={() => Promise.resolve({})} clearOnSave />)
    type('Naujas užrašas')
    await save()
    await screen.findByText('Išsaugota')
    expect(textField()).toHaveValue('')
  })
})

describe('FormShell drafts', () => {
  signedInForEachTest(adminUser)
  beforeEach(() => {
    localStorage.clear()
    notifications.clean()
  })

  const never = () => new Promise<never>(() => undefined)

  it('restores what was typed when the form opens again, with a notice, until discarded', async () => {
    const first = renderWithApp(<NoteForm submit={never} draftKey="note:f1" />)
    type('Pusiau parašytas užrašas')
    first.unmount()

    renderWithApp(<NoteForm submit={never} draftKey="note:f1" />)
    expect(await screen.findByText(/Atkurtas neišsaugotas juodraštis nuo \d{1,2}:\d{2}/)).toBeInTheDocument()
    expect(textField()).toHaveValue('Pusiau parašytas užrašas')

    await userEvent.click(screen.getByRole('button', { name: 'Atmesti juodraštį' }))
    expect(textField()).toHaveValue('')
    expect(screen.queryByText(/Atkurtas neišsaugotas juodraštis/)).not.toBeInTheDocument()
  })

  it('keeps what was typed just before the page itself goes (a reload unmounts nothing)', () => {
    renderWithApp(<NoteForm submit={never} draftKey="note:f1" />)
    type('Parašyta prieš pat perkrovimą')
    expect(Object.values({ ...localStorage }).join()).not.toContain('prieš pat')
    window.dispatchEvent(new Event('pagehide'))
    expect(Object.values({ ...localStorage }).join()).toContain('Parašyta prieš pat perkrovimą')
  })

  it('forgets the draft once saved', async () => {
    const first = renderWithApp(<NoteForm submit={() => Promise.resolve({})} draftKey="note:f1" />)
    type('Užrašas')
    await save()
    await screen.findByText('Išsaugota')
    first.unmount()

    renderWithApp(<NoteForm submit={never} draftKey="note:f1" />)
    expect(textField()).toHaveValue('')
    expect(screen.queryByText(/Atkurtas neišsaugotas juodraštis/)).not.toBeInTheDocument()
  })

  it("never shows one user's draft to another", () => {
    const first = renderWithApp(<NoteForm submit={never} draftKey="note:f1" />)
    type('Konfidencialu')
    first.unmount()

    sessionStore.setSession(sessionFor('token', { ...adminUser, id: '9b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10' }))
    renderWithApp(<NoteForm submit={never} draftKey="note:f1" />)
    expect(textField()).toHaveValue('')
    expect(Object.values({ ...localStorage }).join()).toContain('Konfidencialu')
  })
})
