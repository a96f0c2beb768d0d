import { sql } from 'drizzle-orm'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { accessDetails, familyForActor } from './access.js'

interface TimelineRow extends Record<string, unknown> {
  at: string | Date
  kind: string
  entity_id: string
  actor: string | null
  details: Record<string, string | null>
}

/** An appointment `a` with its service `v` and specialist `w`; a closed one was last updated when closed. */
const appointmentDetails = sql`jsonb_build_object('service', v.name_lt, 'specialist', w.name,
  'startsAt', to_char(a.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`

/**
 * One chronological stream of a family's events, built in the database from the tables that record them,
 * newest first with keyset paging. Notes only when the caller may read them, and without their text.
 */
export async function getFamilyTimeline(
  ctx: SignedInContext,
  familyId: string,
  query: { limit?: number; cursor?: string },
) {
  const access = await familyForActor(ctx, familyId, 'read')
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const mayReadPrivateNotes = access.responsible
  const past = pastTimeCursor(sql`e.at`, sql`e.entity_id`, cursor, 'desc')
  const after = past ? sql`where ${past}` : sql``
  const result = (await ctx.db.execute(sql`
    select * from (
      select c.changed_at as at, 'status' as kind, c.id as entity_id, u.name as actor,
        jsonb_build_object('from', c.from_status, 'to', c.to_status, 'reason', c.reason) as details
      from family_status_changes c join users u on u.id = c.changed_by_id where c.family_id = ${familyId}
      union all
      select m.joined_at, 'member_joined', m.id, null,
        jsonb_build_object('name', p.given_name || ' ' || p.family_name, 'role', m.role)
      from family_memberships m join persons p on p.id = m.person_id where m.family_id = ${familyId}
      union all
      select m.left_at, 'member_left', m.id, null, jsonb_build_object('name', p.given_name || ' ' || p.family_name)
      from family_memberships m join persons p on p.id = m.person_id where m.family_id = ${familyId} and m.left_at is not null
      union all
      select t.added_at, 'team_joined', t.id, a.name, jsonb_build_object('name', u.name)
      from case_team_members t join users u on u.id = t.user_id join users a on a.id = t.added_by_id where t.family_id = ${familyId}
      union all
      select t.removed_at, 'team_left', t.id, null, jsonb_build_object('name', u.name)
      from case_team_members t join users u on u.id = t.user_id where t.family_id = ${familyId} and t.removed_at is not null
      union all
      select n.signed_at, 'assessment', n.id, u.name, jsonb_build_object('assessedOn', n.assessed_on::text)
      from needs_assessments n join users u on u.id = n.author_id where n.family_id = ${familyId}
      union all
      select g.created_at, 'goal', g.id, u.name, jsonb_build_object('area', g.area, 'description', g.description)
      from case_plan_goals g join users u on u.id = g.created_by_id where g.family_id = ${familyId}
      union all
      select r.created_at, 'review', r.id, u.name, jsonb_build_object('reviewedOn', r.reviewed_on::text, 'nextReviewOn', r.next_review_on::text)
      from case_plan_reviews r join users u on u.id = r.author_id where r.family_id = ${familyId}
      union all
      select k.held_at, 'conference', k.id, u.name, jsonb_build_object('agenda', k.agenda)
      from case_conferences k join users u on u.id = k.recorded_by_id where k.family_id = ${familyId}
      union all
      select n.created_at, 'note', n.id, u.name, jsonb_build_object('visibility', n.visibility)
      from case_notes n join users u on u.id = n.author_id
      where n.family_id = ${familyId} and (n.visibility = 'team' or n.author_id = ${ctx.actor.id} or ${mayReadPrivateNotes})
      union all
      select s.recorded_at, 'consent', s.id, u.name,
        jsonb_build_object('name', p.given_name || ' ' || p.family_name, 'purpose', s.purpose, 'given', s.given::text)
      from consents s join users u on u.id = s.recorded_by_id join persons p on p.id = s.person_id where s.family_id = ${familyId}
      union all
      select p.ended_at, 'partnership_ended', p.id, e.name,
        jsonb_build_object('partner', o.name, 'reason', p.end_reason)
      from partnerships p join organisations o on o.id = p.partner_organisation_id
        left join users e on e.id = p.ended_by_id
      where p.ended_at is not null and exists (select 1 from case_team_members t join users tu on tu.id = t.user_id
        where t.family_id = ${familyId} and tu.organisation_id = p.partner_organisation_id and t.added_at < p.ended_at)
      union all
      select a.created_at, 'appointment_booked', a.id, u.name, ${appointmentDetails}
      from appointments a join services v on v.id = a.service_id join users w on w.id = a.specialist_id
        join users u on u.id = a.created_by_id
      where a.family_id = ${familyId}
      union all
      select a.updated_at, 'appointment_' || a.status, a.id, null,
        ${appointmentDetails} || jsonb_build_object('reason', a.cancel_reason)
      from appointments a join services v on v.id = a.service_id join users w on w.id = a.specialist_id
      where a.family_id = ${familyId} and a.status <> 'scheduled'
    ) e
    ${after}
    order by e.at desc, e.entity_id desc
    limit ${limit + 1}`)) as { rows: TimelineRow[] }
  await audit(ctx, {
    action: 'family.timeline',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  const page = pageOf(result.rows, limit, (row) => ({ k: new Date(row.at).toISOString(), id: row.entity_id }))
  return {
    items: page.items.map((row) => ({
      at: new Date(row.at).toISOString(),
      kind: row.kind as 'status',
      entityId: row.entity_id,
      actor: row.actor,
      details: row.details,
    })),
    nextCursor: page.nextCursor,
  }
}
