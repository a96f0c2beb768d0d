import type { Methodology } from '@onestop/contracts'
import type { TestApp } from './app.js'
import { signedInUser } from './factories.js'
import { type GroupCentre, groupCentre, runPath } from './group-factories.js'
import { certifyIn, createMethodology } from './methodology-factories.js'

export const fidelityPath = (runId: string) => `${runPath(runId)}/fidelity`
export const outcomesPath = (runId: string) => `${runPath(runId)}/outcomes`
export const measurementPath = (runId: string, personId: string, instrumentId: string, phase: string) =>
  `${outcomesPath(runId)}/${personId}/${instrumentId}/${phase}`

export interface MethodologyGroupCentre extends GroupCentre {
  admin: Awaited<ReturnType<typeof signedInUser>>
  methodology: Methodology
}

/** A group centre with a methodology of its own, which both its facilitators are certified in. */
export async function methodologyGroupCentre(
  t: TestApp,
  methodology: Record<string, unknown>,
): Promise<MethodologyGroupCentre> {
  const c = await groupCentre(t)
  const admin = await signedInUser(t, { organisationId: c.organisationId, roles: ['admin'] })
  const created = await createMethodology(t, admin.auth, { enrolmentRules: {}, ...methodology })
  for (const facilitator of c.facilitators)
    await certifyIn(t, c.coordinator.auth, facilitator.user.id, created.id)
  return { ...c, admin, methodology: created }
}
