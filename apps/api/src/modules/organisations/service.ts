import { asc } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { organisations } from '../../db/schema/index.js'

export const listOrganisations = (db: Database) =>
  db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      municipality: organisations.municipality,
    })
    .from(organisations)
    .orderBy(asc(organisations.name))
