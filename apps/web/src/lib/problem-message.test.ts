import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { i18n } from './i18n'
import { en } from './i18n/en'
import { lt } from './i18n/lt'
import { KNOWN_PROBLEMS, problemMessage } from './problem-message'

const messages = (catalogue: { errors: Record<string, string> }) =>
  ((key: string) => catalogue.errors[key.replace(/^errors\./, '')] ?? key) as unknown as TFunction

describe('problemMessage', () => {
  it('has a Lithuanian and an English message for every problem type it knows', () => {
    const errors = { lt: lt.errors as Record<string, string>, en: en.errors as Record<string, string> }
    const missing = [...KNOWN_PROBLEMS].filter((slug) => !errors.lt[slug] || !errors.en[slug])
    expect(missing).toEqual([])
  })

  it.each([
    [
      'the confidential contacts refusals',
      ['confidential-contacts', 'handover-required', 'referral-required'],
    ],
    [
      'the partnership and sharing refusals',
      [
        'partnership-overlaps',
        'partnership-not-proposed',
        'partnership-ended',
        'partnership-required',
        'partner-consent-required',
      ],
    ],
  ])('explains %s in the reader’s language, not the server’s words', (_, slugs) => {
    for (const slug of slugs) {
      const error = new ApiError({
        status: 409,
        type: `/problems/${slug}`,
        title: 'Conflict',
        detail: 'server',
      })
      expect(problemMessage(error, messages(lt))).toBe((lt.errors as Record<string, string>)[slug])
      expect(problemMessage(error, messages(en))).toBe((en.errors as Record<string, string>)[slug])
    }
  })
})

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
