import { randomUUID } from 'node:crypto'
import { PARTNER_SCOPES, type PartnerScope } from '@onestop/contracts'
import type { Database } from '../../src/db/client.js'
import { organisations } from '../../src/db/schema/index.js'
import type { TestApp } from './app.js'
import { bearer, createOrganisation, signedInUser } from './factories.js'
import { createPartnership } from './partnership-factories.js'

/** A municipality organisation, the kind API clients are issued to. */
export async function createMunicipality(db: Database, name = `Savivaldybė ${randomUUID()}`) {
  const [org] = await db
    .insert(organisations)
    .values({ name, kind: 'municipality', municipality: name })
    .returning()
  if (!org) throw new Error('no municipality')
  return org
}

export interface PartnerClientSpec {
  scopes?: PartnerScope[]
  /** The issuing centre; a new one with a live partnership to a new municipality when omitted. */
  centreId?: string
  municipalityId?: string
}

/** Asks for a client-credentials token as a partner's developer would, with a JSON body. */
export async function requestClientToken(t: TestApp, clientId: string, clientSecret: string, scope?: string) {
  return t
    .http()
    .post('/api/v1/auth/token')
    .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope })
}

/**
 * An API client issued through the API by an admin of the centre to a municipality in a live partnership
 * with it, and a token for it: what a municipality's integration holds.
 */
export async function partnerClient(t: TestApp, spec: PartnerClientSpec = {}) {
  const centreId = spec.centreId ?? (await createOrganisation(t.db)).id
  const municipalityId = spec.municipalityId ?? (await createMunicipality(t.db)).id
  if (!spec.municipalityId) await createPartnership(t.db, centreId, municipalityId)
  const admin = await signedInUser(t, { roles: ['admin'], organisationId: centreId })
  const created = await t
    .http()
    .post(`/api/v1/partners/${municipalityId}/clients`)
    .set(admin.auth)
    .send({ name: 'Integracija', scopes: spec.scopes ?? [...PARTNER_SCOPES] })
  if (created.status !== 201)
    throw new Error(`client not created: ${created.status} ${JSON.stringify(created.body)}`)
  const { client, clientSecret } = created.body as {
    client: { id: string; clientId: string }
    clientSecret: string
  }
  const response = await requestClientToken(t, client.clientId, clientSecret)
  if (response.status !== 200)
    throw new Error(`no token: ${response.status} ${JSON.stringify(response.body)}`)
  const token = response.body.access_token as string
  return { centreId, municipalityId, admin, client, clientSecret, token, auth: bearer(token) }
}
