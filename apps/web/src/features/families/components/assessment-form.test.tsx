import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { familyFixture } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { AssessmentForm } from './assessment-form'

const renderForm = () =>
  renderWithApp(
    <AssessmentForm familyId={familyFixture.id} onDone={() => undefined} onCancel={() => undefined} />,
  )

describe('AssessmentForm', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('lt')
  })

  it('groups rows by area: a row added for an area appears in that area only', async () => {
    const user = userEvent.setup()
    renderForm()
    const safety = screen.getByRole('group', { name: 'Saugumas' })
    const housing = screen.getByRole('group', { name: 'Būstas' })
    await user.click(within(safety).getByRole('button', { name: 'Pridėti eilutę: Saugumas' }))
    await user.click(within(safety).getByRole('button', { name: 'Pridėti eilutę: Saugumas' }))
    await user.click(within(housing).getByRole('button', { name: 'Pridėti eilutę: Būstas' }))

    expect(within(safety).getAllByRole('textbox', { name: /Klausimas/ })).toHaveLength(2)
    expect(within(housing).getAllByRole('textbox', { name: /Klausimas/ })).toHaveLength(1)
    expect(
      within(screen.getByRole('group', { name: 'Finansai' })).queryByRole('textbox', { name: /Klausimas/ }),
    ).not.toBeInTheDocument()

    await user.click(within(safety).getByRole('button', { name: 'Pašalinti eilutę 1: Saugumas' }))
    expect(within(safety).getAllByRole('textbox', { name: /Klausimas/ })).toHaveLength(1)
  })

  it('wants at least one item, and a rating on every row, before it sends anything', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({}, 201))
    vi.stubGlobal('fetch', fetchMock)
    const user = userEvent.setup()
    renderForm()
    await user.type(screen.getByRole('textbox', { name: /Stiprybės/ }), 'Myli vaikus.')

    await user.click(screen.getByRole('button', { name: 'Pasirašyti ir išsaugoti' }))
    expect(await screen.findByText('Įvertinkite bent vieną klausimą')).toBeInTheDocument()

    const safety = screen.getByRole('group', { name: 'Saugumas' })
    await user.click(within(safety).getByRole('button', { name: 'Pridėti eilutę: Saugumas' }))
    await user.type(within(safety).getByRole('textbox', { name: /Klausimas/ }), 'Vaiko saugumas')
    await user.click(screen.getByRole('button', { name: 'Pasirašyti ir išsaugoti' }))
    expect(await within(safety).findByText('Privalomas laukas')).toBeInTheDocument()
    expect(fetchMock).not.toHaveBeenCalled()

    await user.click(within(safety).getByRole('textbox', { name: /Įvertinimas/ }))
    await user.click(await screen.findByRole('option', { name: 'Sunkūs', hidden: true }))
    await user.click(screen.getByRole('button', { name: 'Pasirašyti ir išsaugoti' }))

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe(`/api/v1/families/${familyFixture.id}/assessments`)
    const body = JSON.parse(String(init.body))
    expect(body.strengths).toBe('Myli vaikus.')
    expect(body.items).toEqual([{ area: 'safety', item: 'Vaiko saugumas', rating: 'severe' }])
  })
})
