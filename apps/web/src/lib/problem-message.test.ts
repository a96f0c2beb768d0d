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

  describe('a facilitator not certified', () => {
    const ona = { userId: '1b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Ona Onaitė' }
    const jonas = { userId: '2b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Jonas Jonaitis' }
    const notCertified = (extra: Record<string, unknown>) =>
      ApiError.fromProblem(409, {
        type: '/problems/facilitator-not-certified',
        title: 'Facilitator not certified',
        detail: 'Ona Onaitė is not certified in Group Teen Triple P on 2027-03-01.',
        ...extra,
      })
    const refusal = notCertified({
      methodology: { id: '3b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Group Teen Triple P' },
      uncertified: [
        { ...ona, date: '2027-03-01' },
        { ...jonas, date: '2027-03-08' },
        { ...ona, date: '2027-03-08' },
      ],
    })

    it('names who lacks it on which days, a sentence for each person, in Lithuanian', () => {
      expect(problemMessage(refusal, i18n.t)).toBe(
        `Ona Onaitė neturi Group Teen Triple P sertifikato: 2027-03-01, 2027-03-08. Jonas Jonaitis neturi Group Teen Triple P sertifikato: 2027-03-08. ${lt.problemDetails.chooseCertified}`,
      )
    })

    it('names them in English with the dates as the app writes them', async () => {
      await i18n.changeLanguage('en')
      expect(problemMessage(refusal, i18n.t)).toBe(
        `Ona Onaitė is not certified in Group Teen Triple P on 1 Mar 2027, 8 Mar 2027. Jonas Jonaitis is not certified in Group Teen Triple P on 8 Mar 2027. ${en.problemDetails.chooseCertified}`,
      )
    })

    it('falls back to the general message when the problem does not name them', () => {
      expect(problemMessage(notCertified({ uncertified: [{ ...ona, date: '2027-03-01' }] }), i18n.t)).toBe(
        lt.problems['facilitator-not-certified'],
      )
    })
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
