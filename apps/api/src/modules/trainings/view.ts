import type { Training, TrainingKind, TrainingParticipant, TrainingSummary } from '@onestop/contracts'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import {
  certifications,
  methodologies,
  organisations,
  rooms,
  trainingAttendance,
  trainingParticipants,
  trainingSessions,
  trainings,
  trainingTrainers,
  users,
} from '../../db/schema/index.js'
import { NotFoundError } from '../../lib/errors.js'

type Staff = { id: string; name: string }

/** Trainings with the names of their methodology and room; add the filter. */
export const selectTrainingRows = (db: Database) =>
  db
    .select({ training: trainings, methodologyName: methodologies.name, roomName: rooms.name })
    .from(trainings)
    .innerJoin(methodologies, eq(methodologies.id, trainings.methodologyId))
    .leftJoin(rooms, eq(rooms.id, trainings.roomId))

type TrainingJoin = Awaited<ReturnType<ReturnType<typeof selectTrainingRows>['where']>>[number]

/** The organisation's trainers of the given trainings, by training. */
export async function trainersOf(db: Database, trainingIds: string[]): Promise<Map<string, Staff[]>> {
  const byTraining = new Map<string, Staff[]>()
  if (trainingIds.length === 0) return byTraining
  const rows = await db
    .select({ trainingId: trainingTrainers.trainingId, id: users.id, name: users.name })
    .from(trainingTrainers)
    .innerJoin(users, eq(users.id, trainingTrainers.userId))
    .where(inArray(trainingTrainers.trainingId, trainingIds))
    .orderBy(asc(users.name), asc(users.id))
  for (const { trainingId, ...staff } of rows)
    byTraining.set(trainingId, [...(byTraining.get(trainingId) ?? []), staff])
  return byTraining
}

export function toTrainingSummary(
  { training: t, methodologyName, roomName }: TrainingJoin,
  trainers: Staff[] | undefined,
): TrainingSummary {
  return {
    id: t.id,
    methodology: { id: t.methodologyId, name: methodologyName },
    kind: t.kind,
    title: t.title,
    roomId: t.roomId,
    roomName,
    capacity: t.capacity,
    enrolledCount: t.enrolledCount,
    status: t.status,
    cancelReason: t.cancelReason,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    trainers: trainers ?? [],
    outsideTrainers: t.outsideTrainers,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  }
}

/** Summaries of the rows, with their trainers. */
export async function toTrainingSummaries(db: Database, rows: TrainingJoin[]): Promise<TrainingSummary[]> {
  const trainers = await trainersOf(
    db,
    rows.map((row) => row.training.id),
  )
  return rows.map((row) => toTrainingSummary(row, trainers.get(row.training.id)))
}

/** Participants with the names of staff and their organisations, and what completing certified. */
const selectParticipantRows = (db: Database) =>
  db
    .select({
      participant: trainingParticipants,
      trainingOrganisationId: trainings.organisationId,
      staffName: users.name,
      staffOrganisationId: users.organisationId,
      staffOrganisation: organisations.name,
      certification: {
        id: certifications.id,
        level: certifications.level,
        certifiedOn: certifications.certifiedOn,
        validUntil: certifications.validUntil,
      },
    })
    .from(trainingParticipants)
    .innerJoin(trainings, eq(trainings.id, trainingParticipants.trainingId))
    .leftJoin(users, eq(users.id, trainingParticipants.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(certifications, eq(certifications.id, trainingParticipants.certificationId))

type ParticipantJoin = Awaited<ReturnType<ReturnType<typeof selectParticipantRows>['where']>>[number]
type Attendance = TrainingParticipant['attendance']

function toParticipant(row: ParticipantJoin, kind: TrainingKind, attendance: Attendance) {
  const p = row.participant
  const participant: TrainingParticipant = {
    id: p.id,
    kind: p.userId
      ? row.staffOrganisationId === row.trainingOrganisationId
        ? 'staff'
        : 'partner_staff'
      : 'outside',
    userId: p.userId,
    name: p.userId ? (row.staffName ?? '') : (p.name ?? ''),
    organisation: p.userId ? (row.staffOrganisation ?? '') : (p.organisation ?? ''),
    email: p.email,
    status: p.status,
    withdrawReason: p.withdrawReason,
    attendance,
    completion: p.completion,
    certification: row.certification?.id ? { ...row.certification, renewal: kind === 'refresher' } : null,
  }
  return participant
}

/** Each participant's attendance, by participant, in session order. */
async function attendanceOf(db: Database, participantIds: string[]): Promise<Map<string, Attendance>> {
  const byParticipant = new Map<string, Attendance>()
  if (participantIds.length === 0) return byParticipant
  const rows = await db
    .select({
      participantId: trainingAttendance.participantId,
      sessionId: trainingAttendance.sessionId,
      status: trainingAttendance.status,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(inArray(trainingAttendance.participantId, participantIds))
    .orderBy(asc(trainingSessions.startsAt))
  for (const { participantId, ...entry } of rows)
    byParticipant.set(participantId, [...(byParticipant.get(participantId) ?? []), entry])
  return byParticipant
}

async function participantsWhere(db: Database, kind: TrainingKind, where: ReturnType<typeof and>) {
  const rows = await selectParticipantRows(db).where(where).orderBy(asc(trainingParticipants.enrolmentOrder))
  const attendance = await attendanceOf(
    db,
    rows.map((row) => row.participant.id),
  )
  return rows.map((row) => toParticipant(row, kind, attendance.get(row.participant.id) ?? []))
}

export async function loadParticipant(db: Database, kind: TrainingKind, participantId: string) {
  const [participant] = await participantsWhere(db, kind, and(eq(trainingParticipants.id, participantId)))
  if (!participant) throw new NotFoundError('participant', participantId)
  return participant
}

export async function loadTraining(db: Database, trainingId: string): Promise<Training> {
  const [row] = await selectTrainingRows(db).where(eq(trainings.id, trainingId))
  if (!row) throw new NotFoundError('training', trainingId)
  const [summary] = await toTrainingSummaries(db, [row])
  if (!summary) throw new NotFoundError('training', trainingId)
  const sessions = await db
    .select({
      id: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      presentCount: sql<number>`(select count(*)::int from training_attendance a
        where a.session_id = ${trainingSessions.id} and a.status = 'present')`,
    })
    .from(trainingSessions)
    .where(eq(trainingSessions.trainingId, trainingId))
    .orderBy(asc(trainingSessions.startsAt))
  return {
    ...summary,
    sessions: sessions.map((s) => ({
      ...s,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
    })),
    participants: await participantsWhere(
      db,
      summary.kind,
      and(eq(trainingParticipants.trainingId, trainingId)),
    ),
  }
}
