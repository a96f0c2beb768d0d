import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { fakeFetch } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { methodologyFixture } from './methodology-fixture'
import { MethodologyForm } from './methodology-form'

const fill = (name: RegExp, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } })

const retype = async (user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) => {
  await user.clear(field)
  await user.type(field, value)
}
const textbox = (name: RegExp | string) => screen.getByRole('textbox', { name })
const childAge = (name: string) =>
  within(screen.getByRole('group', { name: 'Age of the children taking part' })).getByRole('textbox', {
    name,
  })

describe('MethodologyForm', () => {
  signedInForEachTest(adminUser, 'en')

  it('adds a methodology with its enrolment rules and instruments', async () => {
    const calls = fakeFetch(() => jsonResponse(methodologyFixture, 201))
    const onSaved = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<MethodologyForm onSaved={onSaved} onCancel={vi.fn()} />)
    fill(/^Name( \*)?$/, 'No Kids in the Middle')
    fill(/^Description/, 'For parents in high conflict.')
    fill(/^Target group/, 'Separated parents; children 4–18.')
    await user.click(screen.getByRole('textbox', { name: /^Format/ }))
    await user.click(
      await screen.findByRole('option', { name: 'Parallel parent and child groups', hidden: true }),
    )
    await user.type(screen.getByRole('textbox', { name: /Number of sessions/ }), '8')
    await user.type(screen.getByRole('textbox', { name: /Session length/ }), '120')
    await retype(user, textbox(/Facilitators per group/), '2')
    fill(/How one becomes certified/, 'Three days of training, the first group supervised.')
    await user.click(screen.getByRole('textbox', { name: /^Couples/ }))
    await user.click(await screen.findByRole('option', { name: 'Separated parents', hidden: true }))
    await user.click(screen.getByRole('switch', { name: 'Both partners must enrol' }))
    await user.type(screen.getByRole('textbox', { name: 'Most couples' }), '6')
    await user.type(childAge('From, years'), '4')
    await user.type(childAge('To, years'), '18')
    await user.click(screen.getByRole('checkbox', { name: 'Parents agree to put court proceedings on hold' }))
    await user.click(screen.getByRole('button', { name: 'Add an instrument' }))
    fill(/Name of instrument 1/, 'Parental conflict')
    await user.type(screen.getByRole('textbox', { name: 'Highest score' }), '40')
    await user.click(screen.getByRole('checkbox', { name: 'A higher score is a better outcome' }))
    await user.click(screen.getByRole('button', { name: 'Add the methodology' }))

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(methodologyFixture))
    expect(calls).toHaveLength(1)
    expect(calls[0]?.method).toBe('POST')
    expect(calls[0]?.body).toEqual({
      name: 'No Kids in the Middle',
      shortDescription: 'For parents in high conflict.',
      targetGroup: 'Separated parents; children 4–18.',
      format: 'parallel_groups',
      sessionCount: 8,
      sessionMinutes: 120,
      maxGroupSize: null,
      facilitatorsPerGroup: 2,
      certificationPath: 'Three days of training, the first group supervised.',
      certificationValidityMonths: 36,
      completionShare: 0.75,
      enrolmentRules: {
        couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 6 },
        participantChildAge: { minYears: 4, maxYears: 18 },
        courtProceedingsOnHold: true,
      },
      outcomeInstruments: [{ name: 'Parental conflict', scoreMin: 0, scoreMax: 40, higherIsBetter: false }],
    })
  })

  it('refuses upside-down ranges before sending, and a taken name at the name field', async () => {
    const calls = fakeFetch(() => problemResponse(409, '/problems/methodology-name-taken'))
    const user = userEvent.setup()
    renderWithApp(<MethodologyForm methodology={methodologyFixture} onSaved={vi.fn()} onCancel={vi.fn()} />)
    await retype(user, childAge('From, years'), '20')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('At least 20')).toBeInTheDocument()
    expect(calls).toHaveLength(0)

    await retype(user, childAge('From, years'), '4')
    fill(/^Name( \*)?$/, 'PUP')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('A methodology with this name already exists.')).toBeInTheDocument()
    expect(calls).toHaveLength(1)
  })

  it('sends only what changed, the whole instrument list when it changed, with the version read', async () => {
    const calls = fakeFetch(() => jsonResponse({ ...methodologyFixture, version: 4 }))
    const onSaved = vi.fn()
    const user = userEvent.setup()
    renderWithApp(<MethodologyForm methodology={methodologyFixture} onSaved={onSaved} onCancel={vi.fn()} />)
    await retype(user, textbox(/Sessions to attend/), '80')
    await retype(user, textbox('Highest score'), '50')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(calls[0]?.method).toBe('PATCH')
    expect(calls[0]?.path).toBe(`/api/v1/methodologies/${methodologyFixture.id}`)
    expect(calls[0]?.headers['If-Match']).toBe('"3"')
    expect(calls[0]?.body).toEqual({
      completionShare: 0.8,
      outcomeInstruments: [
        {
          id: methodologyFixture.outcomeInstruments[0]?.id,
          name: 'Tėvų konfliktas',
          scoreMin: 0,
          scoreMax: 50,
          higherIsBetter: false,
        },
      ],
    })
  })
})
