import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { adminUser } from '../../../test/fixtures'
import { renderWithApp } from '../../../test/render'
import { signedInForEachTest } from '../../../test/signed-in'
import { WebhookDeliveriesTable } from './webhook-deliveries-table'
import { activeWebhook, disabledWebhook, NOW, pending } from './webhook-fixtures'
import { WebhooksTable } from './webhooks-table'

const renderTable = () =>
  renderWithApp(
    <>
      <h3 id="title">Webhooks</h3>
      <WebhooksTable webhooks={[activeWebhook, disabledWebhook]} titleId="title" title="Webhook" now={NOW} />
    </>,
  )

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

describe('WebhooksTable', () => {
  describe('in Lithuanian', () => {
    signedInForEachTest(adminUser)

    it('lists each subscription with its events, status, failures in a row and creation, in a scrolling region', () => {
      renderTable()
      expect(screen.getByRole('region', { name: 'Webhooks' })).toBeInTheDocument()
      const table = screen.getByRole('table', { name: 'Webhook' })
      const active = within(table).getByRole('row', { name: /vtas\.vilnius\.lt/ })
      for (const event of ['referral.accepted', 'referral.declined', 'case.closed'])
        expect(within(active).getByText(event)).toBeInTheDocument()
      expect(cellsOf(active)).toEqual([
        'referral.acceptedreferral.declinedcase.closed',
        'Aktyvi',
        '2',
        '2026-05-01 13:00',
        'Rodyti pristatymus (4)',
      ])

      const disabled = within(table).getByRole('row', { name: /old\.vilnius\.lt/ })
      expect(within(disabled).getByText('Išjungta')).toBeInTheDocument()
      expect(
        within(disabled).getByText('Nuo 2026-05-20 13:00. Išjungta po 10 nesėkmingų bandymų iš eilės.'),
      ).toBeInTheDocument()
      expect(cellsOf(disabled)[2]).toBe('10')
    })

    it('opens a subscription’s deliveries: each status, with withheld explained in words', async () => {
      const user = userEvent.setup()
      renderTable()
      expect(screen.queryByRole('table', { name: /Paskutiniai pristatymai/ })).not.toBeInTheDocument()
      const toggle = screen.getByRole('button', {
        name: 'Rodyti paskutinius pristatymus (4): https://vtas.vilnius.lt/onestop/webhooks',
      })
      expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await user.click(toggle)
      expect(toggle).toHaveAttribute('aria-expanded', 'true')
      expect(toggle).toHaveTextContent('Slėpti pristatymus (4)')

      const log = screen.getByRole('table', {
        name: 'Paskutiniai pristatymai: https://vtas.vilnius.lt/onestop/webhooks',
      })
      const rows = within(log).getAllByRole('row').slice(1)
      expect(rows.map(cellsOf)).toEqual([
        ['SulaikytaNeišsiųsta: šeima atšaukė sutikimą teikti duomenis savivaldybei.', '0', '—', '—', '—'],
        ['Nepavyko', '0', 'API klientas buvo atšauktas.', '—', '—'],
        ['Laukia', '2', 'HTTP 503Gavėjas neatsakė sėkmingai.', 'po 2 valandų (2026-06-01 14:00)', '—'],
        ['Pristatyta', '1', 'HTTP 200', '—', '2026-06-01 11:00'],
      ])
      expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
        'case.closed2026-06-01 11:00',
      )

      await user.click(toggle)
      expect(screen.queryByRole('table', { name: /Paskutiniai pristatymai/ })).not.toBeInTheDocument()
    })

    it('says a pending delivery whose time has come waits in the queue', () => {
      renderWithApp(
        <WebhookDeliveriesTable
          deliveries={[{ ...pending, nextAttemptAt: '2026-06-01T08:59:00Z' }]}
          label="Pristatymai"
          now={NOW}
        />,
      )
      const row = within(screen.getByRole('table', { name: 'Pristatymai' })).getAllByRole('row')[1]
      expect(cellsOf(row as HTMLElement)[3]).toBe('Laukia eilėje nuo 2026-06-01 11:59')
    })

    it('says when a subscription has had no deliveries', async () => {
      const user = userEvent.setup()
      renderTable()
      await user.click(screen.getByRole('button', { name: /Rodyti paskutinius pristatymus \(0\)/ }))
      expect(screen.getByText('Pristatymų dar nebuvo.')).toBeInTheDocument()
    })
  })

  describe('in English', () => {
    signedInForEachTest(adminUser, 'en')

    it('shows statuses, the withheld explanation and the next attempt in English', async () => {
      const user = userEvent.setup()
      renderTable()
      const disabled = screen.getByRole('row', { name: /old\.vilnius\.lt/ })
      expect(
        within(disabled).getByText('Since 20/05/2026, 13:00. Disabled after 10 failed attempts in a row.'),
      ).toBeInTheDocument()
      await user.click(
        screen.getByRole('button', {
          name: 'Show recent deliveries (4): https://vtas.vilnius.lt/onestop/webhooks',
        }),
      )
      const log = screen.getByRole('table', {
        name: 'Recent deliveries: https://vtas.vilnius.lt/onestop/webhooks',
      })
      const rows = within(log).getAllByRole('row').slice(1)
      expect(rows.map(cellsOf)).toEqual([
        ['WithheldNot sent: the family withdrew consent to share with the municipality.', '0', '—', '—', '—'],
        ['Failed', '0', 'The API client was revoked.', '—', '—'],
        [
          'Pending',
          '2',
          'HTTP 503The receiver did not answer with success.',
          'in 2 hours (01/06/2026, 14:00)',
          '—',
        ],
        ['Delivered', '1', 'HTTP 200', '—', '01/06/2026, 11:00'],
      ])
    })
  })
})
