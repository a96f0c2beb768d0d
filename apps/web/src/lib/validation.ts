import { Password } from '@onestop/contracts'

const declared: unknown = (Password as unknown as Record<string, unknown>).minLength

/** The same rule the API enforces, read from the contract. */
export const MIN_PASSWORD_LENGTH = typeof declared === 'number' ? declared : 12

/** A quick shape check for forms; the API validates the address in full. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
