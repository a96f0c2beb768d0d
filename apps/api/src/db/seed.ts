import { eq, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Config } from '../config.js'
import { hashPassword } from '../modules/auth/passwords.js'
import type { Database, DatabaseHandle } from './client.js'
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data.js'
import { organisations, rooms, sites, users } from './schema/index.js'

/** Seeds the demo organisations, sites, rooms and staff; does nothing for those already there. */
export async function seedDemoData(db: Database): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  let created = 0
  await db.transaction(async (tx) => {
    for (const org of DEMO_ORGANISATIONS) {
      const [existing] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.name, org.name))
      if (existing) continue
      const [inserted] = await tx
        .insert(organisations)
        .values({ name: org.name, kind: org.kind, municipality: org.municipality })
        .returning({ id: organisations.id })
      if (!inserted) throw new Error('organisation insert returned nothing')
      for (const site of org.sites) {
        const [siteRow] = await tx
          .insert(sites)
          .values({
            organisationId: inserted.id,
            name: site.name,
            address: site.address,
            municipality: org.municipality,
          })
          .returning({ id: sites.id })
        if (!siteRow) throw new Error('site insert returned nothing')
        await tx.insert(rooms).values(site.rooms.map((room) => ({ ...room, siteId: siteRow.id })))
      }
      await tx
        .insert(users)
        .values(org.staff.map((u) => ({ ...u, organisationId: inserted.id, passwordHash })))
        .onConflictDoNothing()
      created++
    }
  })
  return created
}

/**
 * DEMO_DATA=true seeds; DEMO_DATA=false never does; unset, an empty embedded database outside
 * production is seeded so a newcomer can sign in at once.
 */
export async function seedDemoDataIfWanted(handle: DatabaseHandle, config: Config, log: Logger) {
  if (config.demoData === false) return
  if (config.demoData === undefined) {
    if (handle.kind !== 'pglite' || config.env === 'production') return
    const [{ count } = { count: 0 }] = await handle.db
      .select({ count: sql<number>`count(*)::int` })
      .from(organisations)
    if (count > 0) return
  }
  const created = await seedDemoData(handle.db)
  if (created > 0) log.info({ organisations: created }, 'demo data seeded')
}
