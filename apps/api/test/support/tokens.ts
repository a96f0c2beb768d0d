import { createHmac } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import { TEST_JWT_SECRET } from './app.js'

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** Builds a JWT by hand, so tests control the algorithm, the secret and the expiry. */
export function craftJwt(
  claims: Record<string, unknown>,
  { secret = TEST_JWT_SECRET, alg = 'HS256' }: { secret?: string; alg?: 'HS256' | 'none' } = {},
): string {
  const head = `${b64url({ alg, typ: 'JWT' })}.${b64url(claims)}`
  if (alg === 'none') return `${head}.`
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
}

export const nowSeconds = () => Math.floor(Date.now() / 1000)

/** The current 6-digit code for a base32 TOTP secret. */
export const totpCode = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate()

/**
 * The code of the next 30-second window: still accepted (one step of clock drift), and later than the
 * code just used to enrol, which may not be used again.
 */
export const nextTotpCode = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + 30_000 })

/** A code for the same secret from another 30-second window, far enough away to be refused. */
export const staleTotpCode = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() - 10 * 60_000 })

/** The `name=value` of the refresh cookie a response sets, and its attributes. */
export function refreshCookieOf(headers: Record<string, unknown>) {
  const all = [headers['set-cookie'] ?? []].flat().map(String)
  const raw = all.find((c) => c.startsWith('onestop_refresh='))
  if (!raw) return undefined
  const [pair = '', ...attributes] = raw.split(';').map((s) => s.trim())
  return { pair, value: pair.slice('onestop_refresh='.length), attributes, raw }
}
