import { type Static, Type } from 'typebox'
import { Uuid } from '../common.js'

/** The methodology a service or group run delivers, named for display. */
export const MethodologyRef = Type.Union(
  [
    Type.Object(
      { id: Uuid, name: Type.String({ examples: ['Group Teen Triple P'] }) },
      { additionalProperties: false },
    ),
    Type.Null(),
  ],
  { description: 'The evidence-based methodology delivered, if any; its rules then apply.' },
)
export type MethodologyRef = Static<typeof MethodologyRef>

export const MethodologyIdField = Type.String({
  format: 'uuid',
  description:
    'One of the organisation’s active methodologies (`GET /api/v1/methodologies`). Its enrolment rules and certification requirement then apply.',
  examples: ['5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d'],
})
