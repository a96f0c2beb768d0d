import { fieldErrorMessage, personalCodeProblem } from '@onestop/contracts'
import { BadRequestError } from '../../lib/errors.js'

export function assertValidPersonalCode(code: string, birthDate: string, pointer: string): void {
  const problem = personalCodeProblem(code, birthDate)
  if (problem)
    throw new BadRequestError(`The personal code ${fieldErrorMessage(problem)}.`, [
      { pointer, code: problem },
    ])
}
