import { hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'
import { BadRequestError, fieldProblem, type InvalidField } from '../../lib/errors.js'

export const MIN_PASSWORD_LENGTH = 12

// argon2id (the library's default algorithm) with OWASP's second recommended parameter set.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

const commonPasswords = new Set<string>(dictionary['passwords-common'])

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2)

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false)

/** A hash of a random password, verified against when the e-mail is unknown so both take the same time. */
export const DUMMY_HASH_PROMISE = hash('no-such-user-timing-equaliser', ARGON2)

/** Refuses a password shorter than 12 characters, one on the common-password list, or one of a single character. */
export function assertAcceptablePassword(password: string, pointer: string, email?: string): void {
  const lower = password.toLowerCase()
  const refusal: InvalidField | undefined =
    password.length < MIN_PASSWORD_LENGTH
      ? { pointer, code: 'password-too-short', params: { limit: MIN_PASSWORD_LENGTH } }
      : commonPasswords.has(lower) || new Set(lower).size < 4
        ? { pointer, code: 'password-too-common' }
        : email && lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000')
          ? { pointer, code: 'password-contains-email' }
          : undefined
  if (refusal) throw new BadRequestError(`The password ${fieldProblem(refusal).message}.`, [refusal])
}
