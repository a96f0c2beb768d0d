import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { formErrorsFrom } from './form-errors'

describe('formErrorsFrom', () => {
  it('maps JSON pointers onto the form fields it knows, first message per field', () => {
    const error = ApiError.fromProblem(400, {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: '3 invalid fields',
      errors: [
        { pointer: '/email', message: 'taken' },
        { pointer: '/roles/0', message: 'unknown role' },
        { pointer: '/roles/1', message: 'second' },
        { pointer: '/unknown', message: 'ignored' },
      ],
    })
    expect(formErrorsFrom(error, ['email', 'roles', 'name'])).toEqual({
      email: 'taken',
      roles: 'unknown role',
    })
  })

  it('returns null when no field matches', () => {
    const error = ApiError.fromProblem(409, { type: '/problems/conflict', detail: 'x' })
    expect(formErrorsFrom(error, ['email'])).toBeNull()
    expect(formErrorsFrom(new Error('x'), ['email'])).toBeNull()
  })
})
