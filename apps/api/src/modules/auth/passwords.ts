import { hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'
import { BadRequestError } from '../../lib/errors.js'

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
  const reason =
    password.length < MIN_PASSWORD_LENGTH
      ? `must be at least ${MIN_PASSWORD_LENGTH} characters`
      : commonPasswords.has(lower) || new Set(lower).size < 4
        ? 'is too common or too simple; choose a longer phrase of your own'
        : email && lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000')
          ? 'must not contain your e-mail name'
          : undefined
  if (reason) throw new BadRequestError(`The password ${reason}.`, [{ pointer, message: reason }])
}
