import { randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

const ISSUER = 'One Stop'

const totpFor = (secret: string, label: string) =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  })

export function newTotpSecret(label: string): { secret: string; otpauthUrl: string } {
  const secret = new Secret({ size: 20 }).base32
  return { secret, otpauthUrl: totpFor(secret, label).toString() }
}

/** Accepts the current code and one step either side, for clock drift. */
export const isValidTotp = (secret: string, code: string): boolean =>
  /^\d{6}$/.test(code) && totpFor(secret, 'check').validate({ token: code, window: 1 }) !== null

export const totpNow = (secret: string): string => totpFor(secret, 'check').generate()

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from(randomBytes(8), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length])
    return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
  })
}

export const normaliseRecoveryCode = (code: string): string => code.trim().toLowerCase()
