import { eq, inArray } from 'drizzle-orm'
import type { Database } from './client.js'
import { DEMO_MUNICIPAL_PARTNERSHIPS } from './demo-data.js'
import { organisations, partnerships, users } from './schema/index.js'

/** Live partnerships between each demo centre and its municipality, proposed and accepted by their admins. */
export async function seedDemoMunicipalPartnerships(tx: Database, created: readonly string[]) {
  for (const demo of DEMO_MUNICIPAL_PARTNERSHIPS) {
    if (!created.includes(demo.municipality)) continue
    const admins = await tx
      .select({ id: users.id, organisation: organisations.name })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(inArray(organisations.name, [demo.centre, demo.municipality]))
    const centreAdmin = admins.find((a) => a.organisation === demo.centre)
    const municipalityAdmin = admins.find((a) => a.organisation === demo.municipality)
    const [centre] = await tx.select().from(organisations).where(eq(organisations.name, demo.centre))
    const [municipality] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.name, demo.municipality))
    if (!centre || !municipality || !centreAdmin || !municipalityAdmin) continue
    await tx.insert(partnerships).values({
      organisationId: centre.id,
      partnerOrganisationId: municipality.id,
      agreementReference: demo.agreementReference,
      startsOn: '2026-01-01',
      proposedById: centreAdmin.id,
      acceptedById: municipalityAdmin.id,
      acceptedAt: new Date('2026-01-05T09:00:00+02:00'),
    })
  }
}
