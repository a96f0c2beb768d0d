import type { Training, TrainingParticipant } from '@onestop/contracts'

/** Another participant as a fellow participant or trainer sees them: who and from where, nothing more. */
const byNameOnly = (participant: TrainingParticipant): TrainingParticipant => ({
  ...participant,
  email: null,
  withdrawReason: null,
  attendance: [],
  completion: null,
  certification: null,
})

/**
 * A training as staff who do not manage trainings see it: the participants enrolled, by name, organisation
 * and kind, and their own record in full. E-mail addresses are for the managers only.
 */
export const asSeenByStaff = (training: Training, userId: string): Training => ({
  ...training,
  participants: training.participants
    .filter((p) => p.status === 'enrolled')
    .map((p) => (p.userId === userId ? p : byNameOnly(p))),
})
