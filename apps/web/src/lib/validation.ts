import { PASSWORD_MIN_LENGTH } from '@onestop/contracts/client'

/** The same rule the API enforces, read from the contract. */
export const MIN_PASSWORD_LENGTH = PASSWORD_MIN_LENGTH

/** A quick shape check for forms; the API validates the address in full. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
