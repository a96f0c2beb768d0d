import type { Conference } from '@onestop/contracts'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Database } from '../../db/client.js'
import {
  caseConferenceParticipants,
  caseConferenceSteps,
  caseConferences,
  persons,
  users,
} from '../../db/schema/index.js'
import { NotFoundError } from '../../lib/errors.js'

const recorders = alias(users, 'recorder')
const responsibles = alias(users, 'responsible')

/** The conferences with their participants and steps, in the order of `ids`. */
export async function loadConferences(db: Database, ids: string[]): Promise<Conference[]> {
  if (ids.length === 0) return []
  const heads = await db
    .select({ conference: caseConferences, recorderName: recorders.name })
    .from(caseConferences)
    .innerJoin(recorders, eq(recorders.id, caseConferences.recordedById))
    .where(inArray(caseConferences.id, ids))
  const participants = await db
    .select({
      participant: caseConferenceParticipants,
      userName: users.name,
      givenName: persons.givenName,
      familyName: persons.familyName,
    })
    .from(caseConferenceParticipants)
    .leftJoin(users, eq(users.id, caseConferenceParticipants.userId))
    .leftJoin(persons, eq(persons.id, caseConferenceParticipants.personId))
    .where(inArray(caseConferenceParticipants.conferenceId, ids))
  const steps = await db
    .select({ step: caseConferenceSteps, responsibleName: responsibles.name })
    .from(caseConferenceSteps)
    .leftJoin(responsibles, eq(responsibles.id, caseConferenceSteps.responsibleId))
    .where(inArray(caseConferenceSteps.conferenceId, ids))
    .orderBy(sql`${caseConferenceSteps.dueOn} asc nulls last`, asc(caseConferenceSteps.description))
  const kindOrder = { staff: 0, family_member: 1, external: 2 } as const
  const byId = new Map(
    heads.map(({ conference: c, recorderName }): [string, Conference] => [
      c.id,
      {
        id: c.id,
        familyId: c.familyId,
        heldAt: c.heldAt.toISOString(),
        agenda: c.agenda,
        decisions: c.decisions,
        participants: participants
          .filter((p) => p.participant.conferenceId === c.id)
          .map(({ participant: p, userName, givenName, familyName }) => ({
            kind: p.kind,
            userId: p.userId,
            personId: p.personId,
            name: p.name ?? userName ?? [givenName, familyName].filter(Boolean).join(' '),
            organisation: p.organisation,
          }))
          .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, 'lt')),
        steps: steps
          .filter((s) => s.step.conferenceId === c.id)
          .map(({ step: s, responsibleName }) => ({
            id: s.id,
            description: s.description,
            goalId: s.goalId,
            responsible:
              s.responsibleId && responsibleName ? { id: s.responsibleId, name: responsibleName } : null,
            dueOn: s.dueOn,
          })),
        recordedBy: { id: c.recordedById, name: recorderName },
        createdAt: c.createdAt.toISOString(),
      },
    ]),
  )
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export async function findConference(
  db: Database,
  familyId: string,
  conferenceId: string,
): Promise<Conference> {
  const [row] = await db
    .select({ id: caseConferences.id })
    .from(caseConferences)
    .where(and(eq(caseConferences.id, conferenceId), eq(caseConferences.familyId, familyId)))
  const [conference] = row ? await loadConferences(db, [row.id]) : []
  if (!conference) throw new NotFoundError('case conference', conferenceId)
  return conference
}
