import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { forgoReplay } from '../../plugins/idempotency.js'
import { breakGlass, listBreakGlassGrants, reviewBreakGlassGrant } from './break-glass.js'
import { anonymiseClosedFamilies } from './data-protection.js'
import { listDisclosures, reviewDisclosure } from './disclosures.js'
import { getFamily, intakeFamily, updateFamily } from './families.js'
import { listFamilies } from './list.js'
import { addMember, getMember, listMembers, moveMember, updateMember } from './members.js'
import { listOutsideReads } from './outside-reads.js'
import { exportPerson } from './person-export.js'
import { changeFamilyStatus } from './status.js'
import { addTeamMember, assignCaseManager, getCaseTeam, removeTeamMember } from './team.js'

export async function familiesRoutes(app: FastifyInstance) {
  contractRoute(app, routes.intakeFamily, async (request, reply) => {
    const family = await intakeFamily(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/families/${family.id}`)
      .header('etag', etagOf(family.version))
      .send(family)
  })
  contractRoute(app, routes.listFamilies, async (request) => listFamilies(request.signedIn(), request.query))
  contractRoute(app, routes.getFamily, async (request, reply) => {
    const family = await getFamily(request.signedIn(), request.params.familyId)
    return reply.header('etag', etagOf(family.version)).send(family)
  })
  contractRoute(app, routes.updateFamily, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'family')
    const family = await updateFamily(request.signedIn(), request.params.familyId, version, request.body)
    return reply.header('etag', etagOf(family.version)).send(family)
  })
  contractRoute(app, routes.changeFamilyStatus, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'family')
    const family = await changeFamilyStatus(
      request.signedIn(),
      request.params.familyId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(family.version)).send(family)
  })

  contractRoute(app, routes.listMembers, async (request) =>
    listMembers(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.addMember, async (request, reply) => {
    const member = await addMember(request.signedIn(), request.params.familyId, request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/families/${member.familyId}/members/${member.id}`)
      .send(member)
  })
  contractRoute(app, routes.getMember, async (request) =>
    getMember(request.signedIn(), request.params.familyId, request.params.memberId),
  )
  contractRoute(app, routes.updateMember, async (request) =>
    updateMember(request.signedIn(), request.params.familyId, request.params.memberId, request.body),
  )
  contractRoute(app, routes.moveMember, async (request) =>
    moveMember(request.signedIn(), request.params.familyId, request.params.memberId, request.body),
  )

  contractRoute(app, routes.getCaseTeam, async (request) =>
    getCaseTeam(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.listOutsideReads, async (request) =>
    listOutsideReads(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.addTeamMember, async (request, reply) =>
    reply
      .code(201)
      .send(await addTeamMember(request.signedIn(), request.params.familyId, request.body.userId)),
  )
  contractRoute(app, routes.removeTeamMember, async (request) =>
    removeTeamMember(request.signedIn(), request.params.familyId, request.params.userId),
  )
  contractRoute(app, routes.assignCaseManager, async (request) =>
    assignCaseManager(request.signedIn(), request.params.familyId, request.body.userId),
  )
  contractRoute(app, routes.breakGlass, async (request, reply) =>
    reply.code(201).send(await breakGlass(request.signedIn(), request.params.familyId, request.body.reason)),
  )
  contractRoute(app, routes.listBreakGlass, async (request) =>
    listBreakGlassGrants(request.signedIn(), request.query),
  )
  contractRoute(app, routes.reviewBreakGlass, async (request) =>
    reviewBreakGlassGrant(request.signedIn(), request.params.grantId, request.body.note),
  )

  contractRoute(app, routes.exportPerson, async (request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .send(await exportPerson(request.signedIn(), request.params.personId)),
  )
  contractRoute(app, routes.exportPersonWithContacts, async (request, reply) => {
    // The export holds contacts shown for one stated reason: it is not kept for a replay.
    await forgoReplay(request)
    const data = await exportPerson(request.signedIn(), request.params.personId, request.body.reason)
    return reply.header('cache-control', 'no-store').send(data)
  })
  contractRoute(app, routes.listConfidentialDisclosures, async (request) =>
    listDisclosures(request.signedIn(), request.query),
  )
  contractRoute(app, routes.reviewConfidentialDisclosure, async (request) =>
    reviewDisclosure(request.signedIn(), request.params.disclosureId, request.body.note),
  )
  contractRoute(app, routes.anonymiseFamilies, async (request) =>
    anonymiseClosedFamilies(request.signedIn(), request.body.dryRun),
  )
}
