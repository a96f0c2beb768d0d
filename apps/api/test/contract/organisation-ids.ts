import { type SQL, sql } from 'drizzle-orm'
import type { Database } from '../../src/db/client.js'
import { queryRows } from '../support/sql.js'

interface Scope {
  organisationId: string
  /** Ids already chosen for the parameters before this one in the same path. */
  ids: Record<string, string>
}

/** `and <column> = <id>` when the path names the parent, so nested ids belong together. */
const within = (column: string, id: string | undefined): SQL =>
  id ? sql`and ${sql.raw(column)} = ${id}` : sql``

/**
 * For every path parameter name, a query for one id the organisation owns (with its version, where the
 * resource has one, for If-Match). A route with a new parameter fails the cross-organisation pass until
 * it gets a line here.
 */
export const ORGANISATION_IDS: Record<string, (scope: Scope) => SQL> = {
  familyId: ({ organisationId }) => sql`select f.id, f.version from families f
    where f.organisation_id = ${organisationId}
    order by (select count(*) from appointments a where a.family_id = f.id) desc, f.opened_at, f.id`,
  memberId: ({ organisationId, ids }) => sql`select m.id from family_memberships m
    join families f on f.id = m.family_id
    where f.organisation_id = ${organisationId} and m.left_at is null ${within('m.family_id', ids.familyId)}
    order by m.joined_at, m.id`,
  personId: ({ organisationId, ids }) => sql`select m.person_id as id from family_memberships m
    join families f on f.id = m.family_id
    where f.organisation_id = ${organisationId} and m.left_at is null ${within('m.family_id', ids.familyId)}
    order by m.joined_at, m.id`,
  userId: ({ organisationId, ids }) => sql`select u.id from users u
    where u.organisation_id = ${organisationId}
      and exists (select 1 from working_hours w where w.user_id = u.id)
      ${ids.familyId ? sql`and exists (select 1 from case_team_members c where c.user_id = u.id and c.family_id = ${ids.familyId} and c.removed_at is null)` : sql``}
    order by exists (select 1 from absences x where x.user_id = u.id) desc, u.email`,
  absenceId: ({ organisationId, ids }) => sql`select x.id from absences x join users u on u.id = x.user_id
    where u.organisation_id = ${organisationId} ${within('x.user_id', ids.userId)}`,
  grantId: ({ organisationId, ids }) => sql`select g.id from break_glass_grants g
    where g.organisation_id = ${organisationId} ${within('g.family_id', ids.familyId)}`,
  goalId: ({ organisationId, ids }) => sql`select g.id, g.version from case_plan_goals g
    join families f on f.id = g.family_id
    where f.organisation_id = ${organisationId} ${within('g.family_id', ids.familyId)}`,
  conferenceId: ({ organisationId, ids }) => sql`select c.id from case_conferences c
    join families f on f.id = c.family_id
    where f.organisation_id = ${organisationId} ${within('c.family_id', ids.familyId)}`,
  noteId: ({ organisationId, ids }) => sql`select n.id from case_notes n
    join families f on f.id = n.family_id
    where f.organisation_id = ${organisationId} and n.annotates_id is null ${within('n.family_id', ids.familyId)}`,
  packageId: ({ organisationId, ids }) => sql`select p.id, p.version from service_packages p
    join families f on f.id = p.family_id
    where f.organisation_id = ${organisationId} ${within('p.family_id', ids.familyId)}`,
  serviceId: ({ organisationId }) => sql`select s.id, s.version from services s
    where s.organisation_id = ${organisationId} and s.active order by s.code`,
  siteId: ({ organisationId }) => sql`select s.id from sites s where s.organisation_id = ${organisationId}`,
  roomId: ({ organisationId }) => sql`select r.id from rooms r join sites s on s.id = r.site_id
    where s.organisation_id = ${organisationId} and r.active order by r.name`,
  appointmentId: ({ organisationId, ids }) => sql`select a.id, a.version from appointments a
    where a.organisation_id = ${organisationId} and a.status = 'scheduled' ${within('a.family_id', ids.familyId)}
    order by a.starts_at desc`,
  runId: ({ organisationId }) => sql`select r.id, r.version from group_runs r
    where r.organisation_id = ${organisationId}`,
  sessionId: ({ organisationId, ids }) => sql`select s.id from group_sessions s
    join group_runs r on r.id = s.run_id
    where r.organisation_id = ${organisationId} and s.status = 'scheduled' ${within('s.run_id', ids.runId)}
    order by s.starts_at`,
  partnershipId: ({ organisationId }) => sql`select p.id from partnerships p
    where p.organisation_id = ${organisationId} order by p.proposed_at`,
  partnerId: ({ organisationId }) => sql`select p.partner_organisation_id as id from partnerships p
    join organisations o on o.id = p.partner_organisation_id
    where p.organisation_id = ${organisationId} and o.kind = 'municipality' order by p.proposed_at`,
  referralId: ({ organisationId }) => sql`select r.id from referrals r
    where r.to_organisation_id = ${organisationId} order by r.received_at, r.id`,
  apiClientId: ({ organisationId, ids }) => sql`select c.id, c.version from api_clients c
    where c.organisation_id = ${organisationId} ${within('c.partner_organisation_id', ids.partnerId)}
    order by c.created_at`,
  webhookId: ({ organisationId }) => sql`select s.id, s.version from webhook_subscriptions s
    join api_clients c on c.id = s.api_client_id
    where c.organisation_id = ${organisationId} order by s.created_at`,
  disclosureId: ({ organisationId }) => sql`select d.id from confidential_disclosures d
    where d.organisation_id = ${organisationId}`,
  facilityId: ({ organisationId }) => sql`select f.id, f.version from accommodation_facilities f
    where f.organisation_id = ${organisationId} order by f.name`,
  accommodationRoomId: ({ organisationId }) => sql`select r.id, r.version from accommodation_rooms r
    join accommodation_facilities f on f.id = r.facility_id where f.organisation_id = ${organisationId}`,
  bedId: ({ organisationId }) => sql`select b.id, b.version from beds b
    join accommodation_facilities f on f.id = b.facility_id where f.organisation_id = ${organisationId}
    order by exists (select 1 from bed_out_of_service o where o.bed_id = b.id) desc, b.label`,
  outOfServiceId: ({
    organisationId,
    ids,
  }) => sql`select o.id from bed_out_of_service o join beds b on b.id = o.bed_id
    join accommodation_facilities f on f.id = b.facility_id
    where f.organisation_id = ${organisationId} ${within('o.bed_id', ids.bedId)}`,
  stayId: ({ organisationId }) => sql`select s.id, s.version from stays s
    where s.organisation_id = ${organisationId} and s.status = 'planned' order by lower(s.nights)`,
  waitingRequestId: ({ organisationId }) => sql`select w.id, w.version from waiting_requests w
    where w.organisation_id = ${organisationId} and w.status = 'open' order by w.requested_at`,
  methodologyId: ({ organisationId }) => sql`select m.id, m.version from methodologies m
    where m.organisation_id = ${organisationId} order by m.name`,
  certificationId: ({ organisationId }) => sql`select c.id, c.version from certifications c
    where c.organisation_id = ${organisationId} and c.revoked_at is null order by c.certified_on, c.id`,
  trainingId: ({ organisationId }) => sql`select t.id, t.version from trainings t
    where t.organisation_id = ${organisationId} and t.status = 'planned' order by t.starts_on, t.id`,
  trainingSessionId: ({ organisationId, ids }) => sql`select s.id from training_sessions s
    join trainings t on t.id = s.training_id
    where t.organisation_id = ${organisationId} ${within('s.training_id', ids.trainingId)} order by s.starts_at`,
  participantId: ({ organisationId, ids }) => sql`select p.id from training_participants p
    join trainings t on t.id = p.training_id
    where t.organisation_id = ${organisationId} and p.status = 'enrolled' ${within('p.training_id', ids.trainingId)}
    order by p.enrolment_order`,
  instrumentId: ({ organisationId, ids }) => sql`select i.id from outcome_instruments i
    join methodologies m on m.id = i.methodology_id
    where m.organisation_id = ${organisationId}
      ${ids.runId ? sql`and m.id = (select r.methodology_id from group_runs r where r.id = ${ids.runId})` : sql``}
    order by m.name, i.name`,
  // Not an id but the phase of an outcome score, the same in every organisation.
  phase: () => sql`select 'baseline' as id`,
  enrolmentId: ({ organisationId, ids }) => sql`select e.id from enrolments e
    join group_runs r on r.id = e.run_id
    where r.organisation_id = ${organisationId} and e.status = 'enrolled' ${within('e.run_id', ids.runId)}`,
}

export interface OwnedIds {
  ids: Record<string, string>
  /** The version of the resource the last id names, when it has one. */
  version?: number
}

/** One id of the organisation per name, in order, each within the ones before it. */
export async function ownedIds(db: Database, organisationId: string, names: string[]): Promise<OwnedIds> {
  const ids: Record<string, string> = {}
  let version: number | undefined
  for (const name of names) {
    const query = ORGANISATION_IDS[name]
    if (!query) throw new Error(`no query for path parameter ${name}: add one to ORGANISATION_IDS`)
    const [row] = await queryRows<{ id: string; version?: number }>(
      db,
      sql`${query({ organisationId, ids })} limit 1`,
    )
    if (!row) throw new Error(`organisation ${organisationId} owns no ${name} within ${JSON.stringify(ids)}`)
    ids[name] = row.id
    version = row.version
  }
  return { ids, version }
}

const FIELD_ALIASES: Record<string, string> = {
  toFamilyId: 'familyId',
  responsibleId: 'userId',
  specialistId: 'userId',
  facilitatorId: 'userId',
  participantId: 'personId',
  supervisorId: 'userId',
}

/** The path parameter whose ids a body field carries (`toFamilyId` → `familyId`). */
export const parameterOfField = (field: string): string => FIELD_ALIASES[field] ?? field
