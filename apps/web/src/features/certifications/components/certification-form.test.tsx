import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { type FetchCall, fakeFetch } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { certification, methodology, ona, rasa, staffPage, tomas } from './certification-fixtures'
import { CertificationForm } from './certification-form'

type User = ReturnType<typeof userEvent.setup>

/** Tomas supervises PUP until 2033; Ona's supervision was revoked, so she may not supervise. */
const certifications = {
  items: [
    certification(),
    certification({
      id: '8c1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      staff: ona,
      revokedAt: '2031-01-01T10:00:00Z',
    }),
  ],
}

const api = (write: (call: FetchCall) => Response) =>
  fakeFetch((call) => {
    if (call.method !== 'GET') return write(call)
    if (call.path === '/api/v1/staff') return jsonResponse(staffPage)
    if (call.path === '/api/v1/methodologies') return jsonResponse({ items: [methodology] })
    if (call.path === '/api/v1/certifications') return jsonResponse(certifications)
    return new Response('not found', { status: 404 })
  })

const choose = async (user: User, field: RegExp, option: string) => {
  await user.click(screen.getByRole('textbox', { name: field }))
  await user.click(await screen.findByRole('option', { name: option, hidden: true }))
}

const day = (name: RegExp, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } })

describe('CertificationForm', () => {
  signedInForEachTest(adminUser, 'en')

  it('records a trainee under a supervisor certified on that day, the validity left to the methodology', async () => {
    const calls = api(() =>
      jsonResponse(certification({ staff: rasa, level: 'trainee', supervisor: tomas }), 201),
    )
    const onDone = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<CertificationForm onDone={onDone} />)
    await choose(user, /^Staff member/, rasa.name)
    await choose(user, /^Methodology/, 'PUP')
    await choose(user, /^Level/, 'Trainee')
    await user.type(screen.getByRole('textbox', { name: /^Certified on/ }), '2031-03-15')
    await user.keyboard('{Escape}')
    expect(
      await screen.findByText("If left empty: until 14 Mar 2033, by the methodology's validity."),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Record' }))
    expect(await screen.findByText('Name a supervisor for a trainee')).toBeInTheDocument()
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(0)

    await user.click(screen.getByRole('textbox', { name: /^Supervisor/ }))
    const supervisors = within(await screen.findByRole('listbox', { name: /^Supervisor/, hidden: true }))
    expect(supervisors.queryByRole('option', { name: ona.name, hidden: true })).not.toBeInTheDocument()
    await user.click(await supervisors.findByRole('option', { name: tomas.name, hidden: true }))
    await user.type(screen.getByRole('textbox', { name: /^Evidence/ }), 'Nr. 7')
    await user.click(screen.getByRole('button', { name: 'Record' }))

    await waitFor(() => expect(onDone).toHaveBeenCalled())
    const posted = calls.filter((call) => call.method === 'POST')
    expect(posted).toHaveLength(1)
    expect(posted[0]?.body).toEqual({
      userId: rasa.id,
      methodologyId: methodology.id,
      level: 'trainee',
      certifiedOn: '2031-03-15',
      evidence: 'Nr. 7',
      supervisorId: tomas.id,
    })
  })

  it('shows an overlap as the form’s refusal and keeps the dialog open', async () => {
    api(() => problemResponse(409, '/problems/certification-overlaps'))
    const onDone = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<CertificationForm onDone={onDone} />)
    await choose(user, /^Staff member/, tomas.name)
    await choose(user, /^Methodology/, 'PUP')
    day(/^Certified on/, '2031-03-15')
    await user.click(screen.getByRole('button', { name: 'Record' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The certification was not saved')
    expect(alert).toHaveTextContent('already holds a certification of this methodology and level')
    expect(onDone).not.toHaveBeenCalled()
  })

  it('corrects only what changed, with the version read as If-Match', async () => {
    const calls = api(() => jsonResponse(certification({ validUntil: '2034-06-30', version: 3 })))
    const onDone = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<CertificationForm certification={certification()} onDone={onDone} onReload={vi.fn()} />)
    expect(screen.getByText(`${tomas.name} – PUP, Supervisor`)).toBeInTheDocument()
    const validUntil = screen.getByRole('textbox', { name: /^Valid until/ })
    await user.clear(validUntil)
    await user.type(validUntil, '2034-06-30')
    await user.keyboard('{Escape}')
    await user.clear(screen.getByRole('textbox', { name: /^Evidence/ }))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(onDone).toHaveBeenCalled())
    const [patch] = calls.filter((call) => call.method === 'PATCH')
    expect(patch?.path).toBe(`/api/v1/certifications/${certification().id}`)
    expect(patch?.headers['If-Match']).toBe('"2"')
    expect(patch?.body).toEqual({ validUntil: '2034-06-30', evidence: null })
  })
})
