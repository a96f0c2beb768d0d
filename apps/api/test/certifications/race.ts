import type { TestApp } from '../support/app.js'
import { CERTIFICATIONS } from '../support/certification-factories.js'
import { methodologyCentre } from '../support/methodology-factories.js'

/** `n` requests at once certifying one staff member in one methodology at one level for overlapping days. */
export async function raceForOneCertification(t: TestApp, n: number) {
  const c = await methodologyCentre(t)
  const responses = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      t
        .http()
        .post(CERTIFICATIONS)
        .set(c.coordinator.auth)
        .send({
          userId: c.specialist.user.id,
          methodologyId: c.methodology.id,
          level: 'accredited',
          certifiedOn: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
    ),
  )
  return { userId: c.specialist.user.id, statuses: responses.map((r) => r.status) }
}
