import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeFetch } from '../../../test/fake-fetch'
import { adminUser } from '../../../test/fixtures'
import { jsonResponse, problemResponse, renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { CertificationActions } from './certification-actions'
import { certification, tomas } from './certification-fixtures'

describe('CertificationActions', () => {
  signedInForEachTest(adminUser, 'en')

  it('revokes with the reason and the version read, asking for a reason first', async () => {
    const calls = fakeFetch(() => jsonResponse(certification({ revokedAt: '2031-02-01T10:00:00Z' })))
    const user = userEvent.setup()
    renderWithApp(<CertificationActions certification={certification()} />)
    await user.click(screen.getByRole('button', { name: `Revoke: ${tomas.name}, PUP` }))
    await user.click(await screen.findByRole('button', { name: 'Revoke the certification' }))
    expect(await screen.findByText('Required')).toBeInTheDocument()
    expect(calls).toHaveLength(0)

    await user.type(screen.getByRole('textbox', { name: /^Reason/ }), '  Issued in error.  ')
    await user.click(screen.getByRole('button', { name: 'Revoke the certification' }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]?.method).toBe('POST')
    expect(calls[0]?.path).toBe(`/api/v1/certifications/${certification().id}/revoke`)
    expect(calls[0]?.headers['If-Match']).toBe('"2"')
    expect(calls[0]?.body).toEqual({ reason: 'Issued in error.' })
  })

  it('offers to reload a certification someone else changed (412)', async () => {
    fakeFetch(() => problemResponse(412, '/problems/stale-version'))
    const user = userEvent.setup()
    renderWithApp(<CertificationActions certification={certification()} />)
    await user.click(screen.getByRole('button', { name: `Revoke: ${tomas.name}, PUP` }))
    await user.type(await screen.findByRole('textbox', { name: /^Reason/ }), 'Issued in error.')
    await user.click(screen.getByRole('button', { name: 'Revoke the certification' }))
    expect(await screen.findByRole('button', { name: 'Reload the record' })).toBeInTheDocument()
  })

  it('offers nothing for a revoked certification', () => {
    fakeFetch(() => jsonResponse({}))
    renderWithApp(
      <CertificationActions certification={certification({ revokedAt: '2031-02-01T10:00:00Z' })} />,
    )
    expect(screen.queryByRole('button', { name: /^(Revoke|Correct)/ })).not.toBeInTheDocument()
  })
})
