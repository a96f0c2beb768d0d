import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, NoContent, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders } from '../families/family.js'
import { defineRoute } from '../route.js'
import { PersonRef } from './delivery.js'
import { PACKAGE_CAPS, PackageCapSchema } from './reference.js'

const PlannedUnits = Type.Integer({
  minimum: 1,
  maximum: 1000,
  description: 'Sessions of the service planned for the person.',
  examples: [15],
})
const Note = Type.String({ maxLength: 1000, examples: ['Individualios konsultacijos pagal projektą.'] })
const Cap = Type.Enum([...PACKAGE_CAPS], {
  description:
    '`soft`: booking past the plan goes through with a warning; `hard`: it is refused. Only coordinators and admins set, change or remove a hard cap.',
  examples: ['soft'],
})

export const ServicePackage = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    person: PersonRef,
    service: Type.Object(
      { id: Uuid, name: Type.String({ examples: ['Psichologo konsultacija'] }) },
      { additionalProperties: false },
    ),
    plannedUnits: Type.Integer({ examples: [15] }),
    cap: PackageCapSchema,
    note: Type.Union([Type.String(), Type.Null()]),
    delivered: Type.Integer({ description: 'Sessions delivered to the person so far.', examples: [9] }),
    scheduled: Type.Integer({
      description: 'Appointments booked for the person and not yet completed or missed.',
      examples: [2],
    }),
    remaining: Type.Integer({
      description: 'Planned less delivered and scheduled; below zero when booked past a soft cap.',
      examples: [4],
    }),
    version: Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to change.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'ServicePackage', additionalProperties: false },
)
export type ServicePackage = Static<typeof ServicePackage>

export const ServicePackageList = Type.Object(
  { items: Type.Array(ServicePackage) },
  { title: 'ServicePackageList', additionalProperties: false },
)

export const CreateServicePackageBody = Type.Object(
  {
    personId: Uuid,
    serviceId: Uuid,
    plannedUnits: PlannedUnits,
    cap: Type.Optional(Cap),
    note: Type.Optional(Note),
  },
  {
    additionalProperties: false,
    description: 'The person must be a current member of the family; one package per person and service.',
    examples: [
      {
        personId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
        serviceId: '4a7c2e1b-1d2f-4e3a-9b8c-7d6e5f4a3b2c',
        plannedUnits: 15,
        cap: 'soft',
      },
    ],
  },
)

export const UpdateServicePackageBody = Type.Object(
  {
    plannedUnits: Type.Optional(PlannedUnits),
    cap: Type.Optional(Cap),
    note: Type.Optional(Type.Union([Note, Type.Null()], { description: 'Null clears the note.' })),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ plannedUnits: 20 }] },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const PackageParams = Type.Object({ familyId: Uuid, packageId: Uuid }, { additionalProperties: false })
const tags = ['Case plans'] as const
const planners = ['case_manager', 'coordinator', 'admin'] as const
const PACKAGES = '/api/v1/families/:familyId/service-packages'

export const servicePackageRoutes = {
  listServicePackages: defineRoute({
    method: 'GET',
    path: PACKAGES,
    operationId: 'listServicePackages',
    summary: "A family's service packages: planned against delivered per person",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: { 200: ServicePackageList, ...problems(400, 401, 404) },
  }),
  createServicePackage: defineRoute({
    method: 'POST',
    path: PACKAGES,
    operationId: 'createServicePackage',
    problems: ['duplicate-package'],
    summary: 'Plan sessions of a service for a family member',
    description:
      "For those who manage the family's case; a hard cap only for coordinators and admins. 409 when the person already has a package for the service.",
    tags,
    access: planners,
    params: FamilyParams,
    body: CreateServicePackageBody,
    response: { 201: ServicePackage, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  updateServicePackage: defineRoute({
    method: 'PATCH',
    path: `${PACKAGES}/:packageId`,
    operationId: 'updateServicePackage',
    summary: 'Change the planned sessions, cap or note of a package',
    tags,
    access: planners,
    params: PackageParams,
    headers: IfMatchHeaders,
    body: UpdateServicePackageBody,
    response: { 200: ServicePackage, ...problems(...BODY_PROBLEMS, 401, 403, 404, 412, 428) },
  }),
  deleteServicePackage: defineRoute({
    method: 'DELETE',
    path: `${PACKAGES}/:packageId`,
    operationId: 'deleteServicePackage',
    summary: 'Remove a service package from the plan',
    description: 'What was delivered stays counted; only the plan goes.',
    tags,
    access: planners,
    params: PackageParams,
    headers: IfMatchHeaders,
    response: { 204: NoContent, ...problems(400, 401, 403, 404, 412, 428) },
  }),
} as const
