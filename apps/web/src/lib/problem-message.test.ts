import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { i18n } from './i18n'
import { problemMessage } from './problem-message'

const unavailable = (type: string) =>
  new ApiError({ status: 503, type, title: 'Service unavailable', detail: 'The server said so in English.' })

describe('problemMessage for a 503', () => {
  it.each([
    ['/problems/overloaded', 'Serveris šiuo metu perkrautas'],
    ['/problems/database-unavailable', 'Duomenų bazė šiuo metu nepasiekiama'],
  ])('translates %s instead of showing the English detail', async (type, lithuanian) => {
    await i18n.changeLanguage('lt')
    expect(problemMessage(unavailable(type), i18n.t)).toContain(lithuanian)
    await i18n.changeLanguage('en')
    expect(problemMessage(unavailable(type), i18n.t)).not.toBe('The server said so in English.')
  })
})
