import { randomUUID } from 'node:crypto'
import type { Database } from '../../src/db/client.js'
import { sites } from '../../src/db/schema/index.js'

export const hoursPath = (userId: string) => `/api/v1/staff/${userId}/working-hours`
export const absencesPath = (userId: string) => `/api/v1/staff/${userId}/absences`

export async function createSite(db: Database, organisationId: string) {
  const [site] = await db
    .insert(sites)
    .values({ organisationId, name: `Site ${randomUUID()}`, address: 'Kretinga', municipality: 'Kretinga' })
    .returning()
  if (!site) throw new Error('no site')
  return site
}

export const entry = (siteId: string, overrides: Record<string, unknown> = {}) => ({
  siteId,
  weekday: 1,
  startsAt: '08:00',
  endsAt: '17:00',
  validFrom: '2026-05-07',
  ...overrides,
})
