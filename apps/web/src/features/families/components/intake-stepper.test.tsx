import { makePersonalCode } from '@onestop/contracts'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { sessionStore } from '../../../lib/session-store'
import { adminUser, sessionFor } from '../../../test/fixtures'
import { problemResponse, renderWithApp } from '../../../test/render'
import { IntakeStepper } from './intake-stepper'

const toMembersStep = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('textbox', { name: /Savivaldybė/ }))
  await user.click(await screen.findByRole('option', { name: 'Vilniaus miesto savivaldybė', hidden: true }))
  await user.click(screen.getByRole('textbox', { name: /Kas nukreipė/ }))
  await user.click(await screen.findByRole('option', { name: 'Kreipėsi patys', hidden: true }))
  await user.click(screen.getByRole('button', { name: 'Toliau' }))
  await user.click(await screen.findByRole('checkbox', { name: 'Konfliktiškos skyrybos' }))
  await user.click(screen.getByRole('button', { name: 'Toliau' }))
  return screen.findByRole('group', { name: 'Narys 1' })
}

const fillMember = async (
  user: ReturnType<typeof userEvent.setup>,
  member: HTMLElement,
  { birthDate, personalCode }: { birthDate: string; personalCode?: string },
) => {
  fireEvent.change(within(member).getByRole('textbox', { name: /Vardas/ }), { target: { value: 'Jonas' } })
  fireEvent.change(within(member).getByRole('textbox', { name: /Pavardė/ }), {
    target: { value: 'Petrauskas' },
  })
  fireEvent.change(within(member).getByLabelText(/Gimimo data/), { target: { value: birthDate } })
  await user.click(within(member).getByRole('textbox', { name: /Lytis/ }))
  await user.click(await screen.findByRole('option', { name: 'Vyras', hidden: true }))
  await user.click(within(member).getByRole('textbox', { name: /Vaidmuo šeimoje/ }))
  await user.click(await screen.findByRole('option', { name: 'Vaikas', hidden: true }))
  if (personalCode)
    await user.type(within(member).getByRole('textbox', { name: /Asmens kodas/ }), personalCode)
}

describe('IntakeStepper', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('will not leave the referral step without the required fields', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<IntakeStepper onCreated={() => undefined} />)

    await user.click(screen.getByRole('button', { name: 'Toliau' }))
    expect(await screen.findAllByText('Privalomas laukas')).toHaveLength(2)
    expect(screen.queryByRole('checkbox', { name: 'Konfliktiškos skyrybos' })).not.toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('refuses a birth date in the future and sends nothing', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<IntakeStepper onCreated={() => undefined} />)

    const member = await toMembersStep(user)
    await fillMember(user, member, { birthDate: '2999-01-01' })
    await user.click(screen.getByRole('button', { name: 'Toliau' }))

    expect(await screen.findByText('Data negali būti ateityje')).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Narys 1' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Priimti šeimą' })).not.toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('wants a personal code of exactly 11 digits, then lets the user go on to review', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<IntakeStepper onCreated={() => undefined} />)

    const member = await toMembersStep(user)
    await fillMember(user, member, { birthDate: '2016-09-03', personalCode: '3160903' })
    await user.click(screen.getByRole('button', { name: 'Toliau' }))
    expect(await screen.findByText('Asmens kodą sudaro 11 skaitmenų')).toBeInTheDocument()

    const code = within(member).getByRole('textbox', { name: /Asmens kodas/ })
    await user.clear(code)
    await user.type(code, '51609030014')
    await user.click(screen.getByRole('button', { name: 'Toliau' }))
    expect(await screen.findByRole('button', { name: 'Priimti šeimą' })).toBeInTheDocument()
    expect(screen.queryByText('Asmens kodą sudaro 11 skaitmenų')).not.toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('checks the personal code against the birth date as it is typed, by the rule the server applies', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderWithApp(<IntakeStepper onCreated={() => undefined} />)

    const member = await toMembersStep(user)
    await fillMember(user, member, { birthDate: '2016-09-03' })
    const code = within(member).getByRole('textbox', { name: /Asmens kodas/ })
    fireEvent.change(code, { target: { value: '5160903' } })
    expect(screen.queryByText('Asmens kodą sudaro 11 skaitmenų')).not.toBeInTheDocument()

    fireEvent.change(code, { target: { value: makePersonalCode('2016-09-04', false, 1) } })
    expect(await within(member).findByText('Asmens kodas nesutampa su gimimo data')).toBeInTheDocument()
    fireEvent.change(code, { target: { value: '51609030011' } })
    expect(
      await within(member).findByText('Neteisingas asmens kodo kontrolinis skaitmuo'),
    ).toBeInTheDocument()
    fireEvent.change(within(member).getByLabelText(/Gimimo data/), { target: { value: '2016-09-04' } })
    fireEvent.change(code, { target: { value: makePersonalCode('2016-09-04', false, 1) } })
    await waitFor(() =>
      expect(
        within(member).queryByText(/Asmens kod/, { selector: '.mantine-InputWrapper-error' }),
      ).toBeNull(),
    )
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows the server’s field errors at their fields in Lithuanian, on the step they belong to', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        problemResponse(400, '/problems/validation', {
          errors: [
            {
              pointer: '/members/0/birthDate',
              code: 'date-in-future',
              message: 'must not be in the future',
            },
          ],
        }),
      ),
    )
    const user = userEvent.setup()
    renderWithApp(<IntakeStepper onCreated={() => undefined} />)

    const member = await toMembersStep(user)
    await fillMember(user, member, { birthDate: '2016-09-03' })
    await user.click(screen.getByRole('button', { name: 'Toliau' }))
    await user.click(await screen.findByRole('button', { name: 'Priimti šeimą' }))

    const back = await screen.findByRole('group', { name: 'Narys 1' })
    expect(await within(back).findByText('Data negali būti ateityje')).toBeInTheDocument()
    expect(screen.queryByText('must not be in the future')).not.toBeInTheDocument()
  })

  it('keeps a draft of every step, but never the personal code', async () => {
    sessionStore.setSession(sessionFor('token', adminUser))
    vi.stubGlobal('fetch', vi.fn())
    const user = userEvent.setup()
    const first = renderWithApp(<IntakeStepper onCreated={() => undefined} />)
    const member = await toMembersStep(user)
    fireEvent.change(within(member).getByRole('textbox', { name: /Vardas/ }), { target: { value: 'Jonas' } })
    fireEvent.change(within(member).getByRole('textbox', { name: /Asmens kodas/ }), {
      target: { value: '51609030014' },
    })
    first.unmount()
    expect(JSON.stringify({ ...localStorage })).toContain('Jonas')
    expect(JSON.stringify({ ...localStorage })).not.toContain('51609030014')

    renderWithApp(<IntakeStepper onCreated={() => undefined} />)
    expect(await screen.findByText(/Atkurtas neišsaugotas juodraštis/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Savivaldybė/ })).toHaveValue('Vilniaus miesto savivaldybė')
    await user.click(screen.getByRole('button', { name: 'Toliau' }))
    await user.click(screen.getByRole('button', { name: 'Toliau' }))
    const restored = await screen.findByRole('group', { name: 'Narys 1' })
    expect(within(restored).getByRole('textbox', { name: /Vardas/ })).toHaveValue('Jonas')
    expect(within(restored).getByRole('textbox', { name: /Asmens kodas/ })).toHaveValue('')
    sessionStore.reset()
  })
})
