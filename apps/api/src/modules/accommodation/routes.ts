import { ACCOMMODATION, routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import {
  createFacility,
  getFacility,
  listFacilities,
  listFacilityNames,
  updateFacility,
} from './facilities.js'
import { countNights } from './night-counts.js'
import { getOccupancy } from './occupancy.js'
import {
  createOutOfService,
  deleteOutOfService,
  listFacilityOutOfService,
  listOutOfService,
} from './out-of-service.js'
import { findPlaceableFamilies } from './placeable-families.js'
import { placeStays } from './placement.js'
import { listAdmissionRefusals } from './refusals.js'
import { listResidents } from './residents.js'
import { createAccommodationRoom, createBed, updateAccommodationRoom, updateBed } from './rooms-and-beds.js'
import { cancelStay, changeStay, checkInStay, checkOutStay, moveStay } from './stay-lifecycle.js'
import { getStay, listStays } from './stay-reads.js'
import { getWaitingRequest, listWaitingRequests } from './waiting-list.js'
import { createWaitingRequest, updateWaitingRequest, withdrawWaitingRequest } from './waiting-list-changes.js'

/** If-Match is optional on a stay's state changes, but a stale one is refused. */
const optionalVersion = (ifMatch: string | undefined) =>
  ifMatch === undefined ? undefined : versionFromIfMatch(ifMatch, 'stay')

export async function accommodationRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listFacilities, async (request) =>
    listFacilities(request.signedIn(), request.query),
  )
  contractRoute(app, routes.listFacilityNames, async (request) => listFacilityNames(request.signedIn()))
  contractRoute(app, routes.findPlaceableFamilies, async (request) =>
    findPlaceableFamilies(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getFacility, async (request, reply) => {
    const facility = await getFacility(request.signedIn(), request.params.facilityId)
    return reply.header('etag', etagOf(facility.version)).send(facility)
  })
  contractRoute(app, routes.createFacility, async (request, reply) => {
    const facility = await createFacility(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `${ACCOMMODATION}/facilities/${facility.id}`)
      .header('etag', etagOf(facility.version))
      .send(facility)
  })
  contractRoute(app, routes.updateFacility, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'facility')
    const facility = await updateFacility(
      request.signedIn(),
      request.params.facilityId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(facility.version)).send(facility)
  })
  contractRoute(app, routes.createAccommodationRoom, async (request, reply) => {
    const room = await createAccommodationRoom(request.signedIn(), request.params.facilityId, request.body)
    return reply.code(201).header('etag', etagOf(room.version)).send(room)
  })
  contractRoute(app, routes.updateAccommodationRoom, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'room')
    const room = await updateAccommodationRoom(
      request.signedIn(),
      request.params.accommodationRoomId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(room.version)).send(room)
  })
  contractRoute(app, routes.createBed, async (request, reply) => {
    const bed = await createBed(request.signedIn(), request.params.accommodationRoomId, request.body)
    return reply.code(201).header('etag', etagOf(bed.version)).send(bed)
  })
  contractRoute(app, routes.updateBed, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'bed')
    const bed = await updateBed(request.signedIn(), request.params.bedId, version, request.body)
    return reply.header('etag', etagOf(bed.version)).send(bed)
  })
  contractRoute(app, routes.listOutOfService, async (request) =>
    listOutOfService(request.signedIn(), request.params.bedId),
  )
  contractRoute(app, routes.listFacilityOutOfService, async (request) =>
    listFacilityOutOfService(request.signedIn(), request.params.facilityId, request.query),
  )
  contractRoute(app, routes.createOutOfService, async (request, reply) => {
    const period = await createOutOfService(request.signedIn(), request.params.bedId, request.body)
    return reply.code(201).send(period)
  })
  contractRoute(app, routes.deleteOutOfService, async (request, reply) => {
    await deleteOutOfService(request.signedIn(), request.params.bedId, request.params.outOfServiceId)
    return reply.code(204).send()
  })

  contractRoute(app, routes.placeStays, async (request, reply) => {
    const placement = await placeStays(request.signedIn(), request.body)
    return reply.code(201).send(placement)
  })
  contractRoute(app, routes.listStays, async (request) => listStays(request.signedIn(), request.query))
  contractRoute(app, routes.getStay, async (request, reply) => {
    const stay = await getStay(request.signedIn(), request.params.stayId)
    return reply.header('etag', etagOf(stay.version)).send(stay)
  })
  contractRoute(app, routes.changeStay, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'stay')
    const stay = await changeStay(request.signedIn(), request.params.stayId, version, request.body)
    return reply.header('etag', etagOf(stay.version)).send(stay)
  })
  contractRoute(app, routes.checkInStay, async (request, reply) => {
    const stay = await checkInStay(
      request.signedIn(),
      request.params.stayId,
      optionalVersion(request.headers['if-match']),
    )
    return reply.header('etag', etagOf(stay.version)).send(stay)
  })
  contractRoute(app, routes.checkOutStay, async (request, reply) => {
    const stay = await checkOutStay(
      request.signedIn(),
      request.params.stayId,
      optionalVersion(request.headers['if-match']),
      request.body.on,
    )
    return reply.header('etag', etagOf(stay.version)).send(stay)
  })
  contractRoute(app, routes.cancelStay, async (request, reply) => {
    const stay = await cancelStay(
      request.signedIn(),
      request.params.stayId,
      optionalVersion(request.headers['if-match']),
      request.body.reason,
    )
    return reply.header('etag', etagOf(stay.version)).send(stay)
  })
  contractRoute(app, routes.moveStay, async (request, reply) => {
    const stay = await moveStay(
      request.signedIn(),
      request.params.stayId,
      optionalVersion(request.headers['if-match']),
      request.body,
    )
    return reply
      .code(201)
      .header('location', `${ACCOMMODATION}/stays/${stay.id}`)
      .header('etag', etagOf(stay.version))
      .send(stay)
  })
  contractRoute(app, routes.listAdmissionRefusals, async (request) =>
    listAdmissionRefusals(request.signedIn(), request.query),
  )

  contractRoute(app, routes.listWaitingRequests, async (request) =>
    listWaitingRequests(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getWaitingRequest, async (request, reply) => {
    const waiting = await getWaitingRequest(request.signedIn(), request.params.waitingRequestId)
    return reply.header('etag', etagOf(waiting.version)).send(waiting)
  })
  contractRoute(app, routes.createWaitingRequest, async (request, reply) => {
    const waiting = await createWaitingRequest(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `${ACCOMMODATION}/waiting-list/${waiting.id}`)
      .header('etag', etagOf(waiting.version))
      .send(waiting)
  })
  contractRoute(app, routes.updateWaitingRequest, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'waiting-list request')
    const waiting = await updateWaitingRequest(
      request.signedIn(),
      request.params.waitingRequestId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(waiting.version)).send(waiting)
  })
  contractRoute(app, routes.withdrawWaitingRequest, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'waiting-list request')
    const waiting = await withdrawWaitingRequest(
      request.signedIn(),
      request.params.waitingRequestId,
      version,
      request.body.reason,
    )
    return reply.header('etag', etagOf(waiting.version)).send(waiting)
  })

  contractRoute(app, routes.getOccupancy, async (request) => getOccupancy(request.signedIn(), request.query))
  contractRoute(app, routes.listResidents, async (request) =>
    listResidents(request.signedIn(), request.params.facilityId),
  )
  contractRoute(app, routes.countNights, async (request) => countNights(request.signedIn(), request.query))
}
