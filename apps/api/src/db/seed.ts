import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { Logger } from 'pino'
import type { Config } from '../config.js'
import type { SignedInContext } from '../lib/context.js'
import { hashPassword } from '../modules/auth/passwords.js'
import { getFamily, intakeFamily } from '../modules/families/families.js'
import { changeFamilyStatus } from '../modules/families/status.js'
import { addTeamMember, assignCaseManager } from '../modules/families/team.js'
import type { Database, DatabaseHandle } from './client.js'
import { seedDemoAccommodation } from './demo-accommodation.js'
import { seedDemoCalendar } from './demo-calendar.js'
import { ACCOMMODATION_DEMO_ORGANISATION, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data.js'
import { DEMO_FAMILIES, type DemoFamily } from './demo-families.js'
import { seedDemoMethodologies } from './demo-methodologies.js'
import { seedDemoMunicipalPartnerships } from './demo-partners.js'
import { seedDemoReferral } from './demo-referral.js'
import { seedDemoServices } from './demo-services.js'
import { seedDemoTrainings } from './demo-trainings.js'
import { organisations, rooms, sites, users } from './schema/index.js'

/** Seeds the demo organisations, sites, rooms, staff and families; does nothing for those already there. */
export async function seedDemoData(db: Database, config: Config): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const created: string[] = []
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
      created.push(org.name)
      if (org.kind === 'municipality') continue
      await seedDemoMethodologies(tx, inserted.id)
      await seedDemoServices(tx, inserted.id, org)
      await seedDemoTrainings(tx, inserted.id)
    }
    await seedDemoMunicipalPartnerships(tx, created)
  })
  for (const name of created) await seedDemoFamilies(db, config, DEMO_FAMILIES[name] ?? [], name)
  return created.length
}

/** Families go in through the same services staff use, so they get reference codes, teams and audit entries. */
async function seedDemoFamilies(
  db: Database,
  config: Config,
  demoFamilies: DemoFamily[],
  organisationName: string,
) {
  const staff = await db.select().from(users)
  const actorFor = (email: string): SignedInContext => {
    const user = staff.find((u) => u.email === email)
    if (!user) throw new Error(`demo staff ${email} missing`)
    const actor = { ...user, sessionId: randomUUID(), scope: 'full' as const, partnerClient: null }
    return { db, config, actor, ip: '127.0.0.1', requestId: 'demo-data', userAgent: 'demo-data' }
  }
  for (const [index, demo] of demoFamilies.entries()) {
    const intake = actorFor(demo.takenInBy)
    const family = await intakeFamily(intake, demo.intake)
    const caseManager = actorFor(demo.caseManager)
    if (family.caseManager?.id !== caseManager.actor.id)
      await assignCaseManager(intake, family.id, caseManager.actor.id)
    for (const email of demo.team) await addTeamMember(caseManager, family.id, actorFor(email).actor.id)
    if (demo.activate) {
      const current = await getFamily(caseManager, family.id)
      await changeFamilyStatus(caseManager, family.id, current.version, {
        status: 'active',
        reason: 'Pirminis vertinimas atliktas.',
      })
    }
    if (index === 0 && demo.caseManager === 'case.manager@onestop.example') {
      await seedDemoCalendar(actorFor, family.id)
      await seedDemoReferral(caseManager, family.id)
    }
  }
  if (organisationName === ACCOMMODATION_DEMO_ORGANISATION) await seedDemoAccommodation(actorFor)
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
  const created = await seedDemoData(handle.db, config)
  if (created > 0) log.info({ organisations: created }, 'demo data seeded')
}
