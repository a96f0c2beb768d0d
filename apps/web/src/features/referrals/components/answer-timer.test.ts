import { beforeAll, describe, expect, it } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { answerTimer } from './answer-timer'
import { NOW } from './referral-fixtures'

describe('answerTimer', () => {
  beforeAll(() => i18n.changeLanguage('en'))
  const t = i18n.t.bind(i18n)

  it('says how long is left until the answer is due', () => {
    expect(answerTimer('2026-03-10T15:20:00Z', NOW, t)).toEqual({
      overdue: false,
      text: 'answer within 5 h 20 min',
    })
    expect(answerTimer('2026-03-12T13:00:30Z', NOW, t).text).toBe('answer within 2 d 3 h')
    expect(answerTimer('2026-03-10T10:00:30Z', NOW, t).text).toBe('answer within 0 min')
  })

  it('says by how long an answer is overdue', () => {
    expect(answerTimer('2026-03-10T08:00:00Z', NOW, t)).toEqual({ overdue: true, text: 'overdue by 2 h' })
    expect(answerTimer('2026-03-10T09:55:00Z', NOW, t).text).toBe('overdue by 5 min')
  })

  it('speaks Lithuanian', async () => {
    await i18n.changeLanguage('lt')
    expect(answerTimer('2026-03-10T15:20:00Z', NOW, i18n.t.bind(i18n)).text).toBe(
      'atsakyti per 5 val. 20 min.',
    )
    expect(answerTimer('2026-03-10T08:00:00Z', NOW, i18n.t.bind(i18n)).text).toBe('vėluojama 2 val.')
  })
})
