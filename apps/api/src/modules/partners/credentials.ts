import { createHash, randomBytes } from 'node:crypto'
import { type SQL, sql } from 'drizzle-orm'

/** A public client id: `osc_` and 16 hex characters. */
export const newClientId = (): string => `osc_${randomBytes(8).toString('hex')}`

/** A client secret of 256 random bits; only its hash is kept. */
export const newClientSecret = (): string => `oss_${randomBytes(32).toString('base64url')}`

export const hashClientSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex')

export const secretHint = (secret: string): string => secret.slice(-4)

/** Whether two organisations share a live partnership, whichever of them proposed it. */
export const livePartnershipBetween = (organisation: SQL | string, partner: SQL | string): SQL =>
  sql`exists (select 1 from partnerships p where app_partnership_live(p) and (
    (p.organisation_id = ${organisation} and p.partner_organisation_id = ${partner})
    or (p.organisation_id = ${partner} and p.partner_organisation_id = ${organisation})))`
