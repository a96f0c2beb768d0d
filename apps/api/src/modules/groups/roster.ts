import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { enrolments, families } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { visibleFamilies } from '../families/access.js'
import { runOfOrganisation, seesEveryName } from './access.js'
import { selectEnrolmentRows, toEnrolment } from './enrolment-view.js'

/** Who holds a place and who waits, in order; persons of families the caller may not see go unnamed. */
export async function listEnrolments(ctx: SignedInContext, runId: string) {
  await runOfOrganisation(ctx.db, ctx.actor, runId)
  const everyName = await seesEveryName(ctx.db, ctx.actor, runId)
  const rows = await selectEnrolmentRows(ctx.db, everyName ? sql`true` : visibleFamilies(ctx.actor))
    .innerJoin(families, eq(families.id, enrolments.familyId))
    .where(and(eq(enrolments.runId, runId), inArray(enrolments.status, ['enrolled', 'waitlisted'])))
    .orderBy(asc(enrolments.queuePosition))
  const items = rows.map(toEnrolment)
  await audit(ctx, {
    action: 'group_enrolment.list',
    entityType: 'group_run',
    entityId: runId,
    details: {
      personIds: items.flatMap((e) => (e.personId ? [e.personId] : [])),
      unnamed: items.filter((e) => !e.visible).length,
    },
  })
  return {
    enrolled: items.filter((e) => e.status === 'enrolled'),
    waitlist: items.filter((e) => e.status === 'waitlisted'),
  }
}
