import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { formErrorsFrom } from './form-errors'

describe('formErrorsFrom', () => {
  it('maps JSON pointers onto the form fields it knows, first error per field, in the reader’s language', () => {
    const error = ApiError.fromProblem(400, {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: '3 invalid fields',
      errors: [
        { pointer: '/email', code: 'invalid-email', message: 'must be an e-mail address' },
        {
          pointer: '/roles/0',
          code: 'not-one-of',
          message: 'must be one of: admin',
          params: { allowed: 'admin' },
        },
        { pointer: '/roles/1', code: 'required', message: 'is required' },
        { pointer: '/unknown', code: 'required', message: 'is required' },
      ],
    })
    expect(formErrorsFrom(error, ['email', 'roles', 'name'])).toEqual({
      email: 'Įveskite teisingą el. pašto adresą',
      roles: 'Pasirinkite vieną iš siūlomų reikšmių',
    })
  })

  it('returns null when no field matches', () => {
    const error = ApiError.fromProblem(409, { type: '/problems/double-booking', detail: 'x' })
    expect(formErrorsFrom(error, ['email'])).toBeNull()
    expect(formErrorsFrom(new Error('x'), ['email'])).toBeNull()
  })
})
