import type { Training, TrainingParticipant } from '@onestop/contracts'
import { adminUser } from '../../../test/fixtures'

export const trainingId = '1d1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'
export const sessionId = '2e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'

/** The signed-in admin enrolled, present at the one session. */
export const participant = (over: Partial<TrainingParticipant>): TrainingParticipant => ({
  id: '3e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  kind: 'staff',
  userId: adminUser.id,
  name: 'Mindaugas Kazlauskas',
  organisation: 'Vieno langelio centras',
  email: null,
  status: 'enrolled',
  withdrawReason: null,
  attendance: [{ sessionId, status: 'present' }],
  completion: null,
  certification: null,
  ...over,
})

export const outsider = participant({
  id: '4e1f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  kind: 'outside',
  userId: null,
  name: 'Ona Jonaitienė',
  organisation: 'Molėtų r. savivaldybė',
  email: 'ona@moletai.example',
  attendance: [],
})

/** A planned accreditation of one day, at version 3. */
export const trainingWith = (
  participants: TrainingParticipant[],
  over: Partial<Training> = {},
): Training => ({
  id: trainingId,
  methodology: { id: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42', name: 'Group Teen Triple P' },
  kind: 'accreditation',
  title: 'Akreditacija 2031',
  roomId: null,
  roomName: null,
  capacity: 14,
  enrolledCount: participants.filter((p) => p.status === 'enrolled').length,
  status: 'planned',
  cancelReason: null,
  startsOn: '2031-03-04',
  endsOn: '2031-03-04',
  trainers: [],
  outsideTrainers: [{ name: 'Rasa Kazlauskienė', organisation: 'Triple P International' }],
  version: 3,
  createdAt: '2031-01-01T10:00:00Z',
  updatedAt: '2031-01-01T10:00:00Z',
  sessions: [
    { id: sessionId, startsAt: '2031-03-04T07:00:00Z', endsAt: '2031-03-04T14:00:00Z', presentCount: 1 },
  ],
  participants,
  ...over,
})
