import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { SECRET, withSecret } from './api-client-fixtures'
import { SecretModal } from './secret-modal'

/** The page's way of holding a secret: until the modal closes, then never again. */
const Holder = ({ onClose }: { onClose: () => void }) => {
  const [issued, setIssued] = useState<ReturnType<typeof withSecret> | null>(withSecret())
  return (
    <SecretModal
      issued={issued}
      kind="issued"
      onClose={() => {
        setIssued(null)
        onClose()
      }}
    />
  )
}

describe('SecretModal', () => {
  signedInForEachTest(adminUser)

  it('shows the client id and the secret with a warning, copies each, and closes only once the copy is confirmed', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    renderWithApp(<Holder onClose={onClose} />)

    const dialog = await screen.findByRole('dialog', { name: 'API klientas išduotas' })
    expect(within(dialog).getByRole('alert')).toHaveTextContent('daugiau neparodysime')
    expect(within(dialog).getByText('osc_4f3a9c1e2b7d4e8f')).toBeInTheDocument()
    expect(within(dialog).getByText(SECRET)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Kopijuoti slaptažodį' }))
    expect(await navigator.clipboard.readText()).toBe(SECRET)
    expect(await within(dialog).findByRole('button', { name: 'Nukopijuota' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Kopijuoti kliento ID' }))
    expect(await navigator.clipboard.readText()).toBe('osc_4f3a9c1e2b7d4e8f')

    // Neither Escape nor a disabled Close lets it go before the admin confirms.
    const close = within(dialog).getByRole('button', { name: 'Uždaryti' })
    expect(close).toBeDisabled()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()

    await user.click(within(dialog).getByRole('checkbox', { name: /Nukopijavau slaptažodį/ }))
    await user.click(close)
    expect(onClose).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument())
  })

  it('asks for a new confirmation for a rotated secret, titled so', async () => {
    renderWithApp(<SecretModal issued={withSecret()} kind="rotated" onClose={() => undefined} />)
    const dialog = await screen.findByRole('dialog', { name: 'Naujas slaptažodis išduotas' })
    expect(within(dialog).getByRole('checkbox', { name: /Nukopijavau/ })).not.toBeChecked()
    expect(within(dialog).getByRole('button', { name: 'Uždaryti' })).toBeDisabled()
  })
})
