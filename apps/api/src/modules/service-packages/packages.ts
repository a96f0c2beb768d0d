import {
  type CreateServicePackageBody,
  isOverseer,
  type PackageCap,
  type ServicePackage,
  type UpdateServicePackageBody,
} from '@onestop/contracts'
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { familyMemberships, servicePackages, services } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, ConflictError, ForbiddenError, PreconditionFailedError } from '../../lib/errors.js'
import { versionFromIfMatch } from '../../lib/etag.js'
import { accessDetails, type FamilyAccess, familyForActor } from '../families/access.js'
import { loadPackage, packagesOfFamily } from './view.js'

/** A hard cap binds the case team, so only those who oversee the family's organisation set or lift one. */
function assertMayHoldHardCap(ctx: SignedInContext, access: FamilyAccess) {
  const overseer = access.family.organisationId === ctx.actor.organisationId && isOverseer(ctx.actor)
  if (!overseer)
    throw new ForbiddenError('Only a coordinator or an admin sets, changes or removes a hard cap.')
}

async function assertCurrentMember(db: Database, familyId: string, personId: string) {
  const [member] = await db
    .select({ id: familyMemberships.id })
    .from(familyMemberships)
    .where(
      and(
        eq(familyMemberships.familyId, familyId),
        eq(familyMemberships.personId, personId),
        isNull(familyMemberships.leftAt),
      ),
    )
  if (!member)
    throw new BadRequestError('The person must be a current member of the family.', [
      { pointer: '/personId', code: 'not-a-current-member' },
    ])
}

/** A service of the family's organisation, or of the caller's when a partner plans its own. */
async function assertService(ctx: SignedInContext, access: FamilyAccess, serviceId: string) {
  const [service] = await ctx.db
    .select({ id: services.id })
    .from(services)
    .where(
      and(
        eq(services.id, serviceId),
        inArray(services.organisationId, [access.family.organisationId, ctx.actor.organisationId]),
      ),
    )
  if (!service)
    throw new BadRequestError('No such service.', [{ pointer: '/serviceId', code: 'unknown-service' }])
}

export async function listServicePackages(ctx: SignedInContext, familyId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const items = await packagesOfFamily(ctx.db, familyId)
  await audit(ctx, {
    action: 'package.list',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  return { items }
}

export async function createServicePackage(
  ctx: SignedInContext,
  familyId: string,
  body: Static<typeof CreateServicePackageBody>,
): Promise<ServicePackage> {
  const access = await familyForActor(ctx, familyId, 'manage')
  const cap: PackageCap = body.cap ?? 'soft'
  if (cap === 'hard') assertMayHoldHardCap(ctx, access)
  await assertCurrentMember(ctx.db, familyId, body.personId)
  await assertService(ctx, access, body.serviceId)
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(servicePackages)
      .values({
        familyId,
        personId: body.personId,
        serviceId: body.serviceId,
        plannedUnits: body.plannedUnits,
        cap,
        note: body.note?.trim() || null,
        createdById: ctx.actor.id,
      })
      .onConflictDoNothing({
        target: [servicePackages.familyId, servicePackages.personId, servicePackages.serviceId],
      })
      .returning({ id: servicePackages.id })
    if (!row)
      throw new ConflictError(
        'This person already has a package for this service; change that one instead.',
        'duplicate-package',
      )
    await audit(
      ctx,
      {
        action: 'package.create',
        entityType: 'service_package',
        entityId: row.id,
        details: {
          familyId,
          personId: body.personId,
          serviceId: body.serviceId,
          plannedUnits: body.plannedUnits,
          cap,
        },
      },
      tx,
    )
    return row.id
  })
  return loadPackage(ctx.db, familyId, id)
}

/** Loads the package and checks the If-Match version only once the caller may know it exists. */
async function packageToChange(ctx: SignedInContext, familyId: string, packageId: string, ifMatch?: string) {
  const access = await familyForActor(ctx, familyId, 'manage')
  const current = await loadPackage(ctx.db, familyId, packageId)
  if (current.version !== versionFromIfMatch(ifMatch, 'service package'))
    throw new PreconditionFailedError('service package')
  return { access, current }
}

export async function updateServicePackage(
  ctx: SignedInContext,
  familyId: string,
  packageId: string,
  ifMatch: string | undefined,
  body: Static<typeof UpdateServicePackageBody>,
): Promise<ServicePackage> {
  const { access, current } = await packageToChange(ctx, familyId, packageId, ifMatch)
  const cap = body.cap ?? current.cap
  const plannedUnits = body.plannedUnits ?? current.plannedUnits
  const limitChanges = cap !== current.cap || plannedUnits !== current.plannedUnits
  if (limitChanges && (cap === 'hard' || current.cap === 'hard')) assertMayHoldHardCap(ctx, access)
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(servicePackages)
      .set({
        plannedUnits,
        cap,
        ...(body.note !== undefined ? { note: body.note?.trim() || null } : {}),
        version: sql`${servicePackages.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(servicePackages.id, packageId), eq(servicePackages.version, current.version)))
      .returning({ id: servicePackages.id })
    if (updated.length === 0) throw new PreconditionFailedError('service package')
    await audit(
      ctx,
      {
        action: 'package.update',
        entityType: 'service_package',
        entityId: packageId,
        details: {
          familyId,
          from: { plannedUnits: current.plannedUnits, cap: current.cap },
          to: { plannedUnits, cap },
          fields: Object.keys(body),
        },
      },
      tx,
    )
  })
  return loadPackage(ctx.db, familyId, packageId)
}

export async function deleteServicePackage(
  ctx: SignedInContext,
  familyId: string,
  packageId: string,
  ifMatch: string | undefined,
): Promise<void> {
  const { access, current } = await packageToChange(ctx, familyId, packageId, ifMatch)
  if (current.cap === 'hard') assertMayHoldHardCap(ctx, access)
  await ctx.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(servicePackages)
      .where(and(eq(servicePackages.id, packageId), eq(servicePackages.version, current.version)))
      .returning({ id: servicePackages.id })
    if (deleted.length === 0) throw new PreconditionFailedError('service package')
    await audit(
      ctx,
      {
        action: 'package.delete',
        entityType: 'service_package',
        entityId: packageId,
        details: {
          familyId,
          personId: current.person.id,
          serviceId: current.service.id,
          plannedUnits: current.plannedUnits,
          cap: current.cap,
        },
      },
      tx,
    )
  })
}
