import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { ona, tomas } from '../components/certification-fixtures'
import { CompetenceMatrixPage } from './competence-matrix-page'

const pup = { id: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42', name: 'PUP' }
const nkm = { id: '6b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42', name: 'No Kids in the Middle' }
const site = { id: '9d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Kretingos centras' }

const matrix = {
  methodologies: [nkm, pup],
  staff: [
    {
      ...ona,
      professions: ['psychologist'],
      cells: [
        { methodologyId: nkm.id, status: 'expiring', level: 'accredited', validUntil: '2031-02-28' },
        { methodologyId: pup.id, status: 'in_training', level: 'trainee', validUntil: '2032-01-31' },
      ],
    },
    {
      ...tomas,
      professions: ['social_worker'],
      cells: [
        { methodologyId: nkm.id, status: 'none', level: null, validUntil: null },
        { methodologyId: pup.id, status: 'expired', level: 'supervisor', validUntil: '2030-12-31' },
      ],
    },
  ],
}

const api = () =>
  fakeFetch((call) => {
    if (call.path === '/api/v1/certifications/matrix') return jsonResponse(matrix)
    if (call.path === '/api/v1/sites')
      return jsonResponse({
        items: [
          {
            ...site,
            organisationId: adminUser.organisationId,
            address: 'Vytauto g. 11',
            municipality: 'Kretingos rajono savivaldybė',
            rooms: [],
            createdAt: '2031-01-01T10:00:00Z',
            updatedAt: '2031-01-01T10:00:00Z',
          },
        ],
        nextCursor: null,
      })
    return new Response('not found', { status: 404 })
  })

describe('CompetenceMatrixPage', () => {
  signedInForEachTest(adminUser, 'en')

  it('shows each status in words, with the level and last day, staff down and methodologies across', async () => {
    api()
    renderWithApp(<CompetenceMatrixPage />, '/competence-matrix')
    const region = await screen.findByRole('region', { name: 'Staff members: 2' })
    const table = within(region).getByRole('table')
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
    expect(headers).toEqual(['Staff member', 'No Kids in the Middle', 'PUP'])
    const onaRow = within(table).getByRole('row', { name: /Ona Kazlauskienė/ })
    const [nkmCell, pupCell] = within(onaRow).getAllByRole('cell')
    expect(nkmCell).toHaveTextContent('Expiring soon')
    expect(nkmCell).toHaveTextContent('Accredited practitioner, until 28 Feb 2031')
    expect(pupCell).toHaveTextContent('In training')
    const tomasRow = within(table).getByRole('row', { name: /Tomas Petrauskas/ })
    expect(
      within(tomasRow)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['None', 'ExpiredSupervisor, until 31 Dec 2030'])
  })

  it('filters by site and profession, keeping both in the URL and sending them to the API', async () => {
    const calls = api()
    const user = userEvent.setup()
    const { router } = renderWithApp(<CompetenceMatrixPage />, '/competence-matrix?profession=psychologist')
    await screen.findByRole('region', { name: 'Staff members: 2' })
    expect(calls.find((call) => call.path.endsWith('/matrix'))?.search).toBe('?profession=psychologist')
    expect(screen.getByRole('textbox', { name: 'Profession' })).toHaveValue('Psychologist')

    await user.click(screen.getByRole('textbox', { name: 'Site' }))
    await user.click(await screen.findByRole('option', { name: site.name, hidden: true }))
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?profession=psychologist&siteId=${site.id}`),
    )
    expect(router.state.historyAction).toBe('REPLACE')
    await waitFor(() =>
      expect(calls.filter((call) => call.path.endsWith('/matrix')).map((call) => call.search)).toContain(
        `?siteId=${site.id}&profession=psychologist`,
      ),
    )
  })
})
