import { fieldErrorCodes, problemTypes } from '@onestop/contracts'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { i18n } from './i18n'
import { en } from './i18n/en'
import { lt } from './i18n/lt'
import { fieldErrorMessage, problemMessage } from './problem-message'

const problem = (type: string, status = 409) =>
  new ApiError({
    status,
    type: `/problems/${type}`,
    title: 'Conflict',
    detail: 'The server said so in English.',
  })

afterEach(() => i18n.changeLanguage('lt'))

describe('the problem catalogue in both languages', () => {
  it('has a Lithuanian and an English message for every problem type the API can return', () => {
    const missing = problemTypes.filter(
      (type) =>
        !(lt.problems as Record<string, string>)[type] || !(en.problems as Record<string, string>)[type],
    )
    expect(missing).toEqual([])
  })

  it('has a Lithuanian and an English message for every field error code', () => {
    const missing = fieldErrorCodes.filter(
      (code) =>
        !(lt.fieldErrors as Record<string, string>)[code] ||
        !(en.fieldErrors as Record<string, string>)[code],
    )
    expect(missing).toEqual([])
  })
})

describe('problemMessage', () => {
  it.each(problemTypes)(
    'explains %s in the reader’s language, never with the server’s detail',
    async (type) => {
      await i18n.changeLanguage('lt')
      expect(problemMessage(problem(type), i18n.t)).toBe((lt.problems as Record<string, string>)[type])
      await i18n.changeLanguage('en')
      expect(problemMessage(problem(type), i18n.t)).toBe((en.problems as Record<string, string>)[type])
    },
  )

  it('explains a type outside the catalogue by its status, not by its English detail', () => {
    expect(problemMessage(problem('something-new', 403), i18n.t)).toBe(lt.problems.forbidden)
    expect(problemMessage(problem('something-new', 418), i18n.t)).toBe(lt.errors.generic)
  })

  it('explains a network failure', () => {
    expect(problemMessage(ApiError.network(new Error('fetch failed')), i18n.t)).toBe(lt.errors.network)
  })
})

describe('fieldErrorMessage', () => {
  it('translates a field error from its code with its parameters', async () => {
    const tooLong = {
      pointer: '/name',
      code: 'too-long',
      message: 'must have at most 200 characters',
      params: { limit: 200 },
    }
    expect(fieldErrorMessage(tooLong)).toBe('Ne ilgesnis kaip 200 simbolių')
    await i18n.changeLanguage('en')
    expect(fieldErrorMessage(tooLong)).toBe('At most 200 characters')
  })

  it('does not show the English message of a code it does not know', () => {
    expect(fieldErrorMessage({ pointer: '/x', code: 'from-the-future', message: 'is odd' })).toBe(
      lt.fieldErrors.invalid,
    )
  })
})
