import type { ResidentList } from '@onestop/contracts'
import { and, asc, eq, gt, lte } from 'drizzle-orm'
import { accommodationRooms, beds, stays } from '../../db/schema/index.js'
import { auditEach } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { findFacility } from './facilities.js'
import { parseDays } from './nights.js'
import { selectStayRows } from './stay-view.js'

/** Who sleeps in the facility tonight: checked-in stays covering tonight, by room and bed. */
export async function listResidents(ctx: SignedInContext, facilityId: string): Promise<ResidentList> {
  const facility = await findFacility(ctx.db, ctx.actor.organisationId, facilityId)
  const tonight = todayInVilnius()
  const rows = await selectStayRows(ctx.db)
    .where(
      and(
        eq(stays.facilityId, facility.id),
        eq(stays.status, 'checked_in'),
        // `nights @> tonight`, in leakproof comparisons the index on (facility, check-out) serves.
        lte(stays.checkIn, tonight),
        gt(stays.checkOut, tonight),
      ),
    )
    .orderBy(asc(accommodationRooms.name), asc(beds.label), asc(stays.id))
  // One entry per stay read, none naming the facility: the audit log's readers (admins) may not know where
  // anyone stays, and an entry tying persons to a facility would tell them. An empty house is noted as such.
  await auditEach(
    ctx,
    rows.length
      ? rows.map((row) => ({
          action: 'stay.residents',
          entityType: 'stay',
          entityId: row.stay.id,
          details: { familyId: row.stay.familyId, personId: row.stay.personId, date: tonight },
        }))
      : [
          {
            action: 'stay.residents',
            entityType: 'facility',
            entityId: facility.id,
            details: { date: tonight },
          },
        ],
  )
  return {
    date: tonight,
    items: rows.map((row) => {
      const nights = parseDays(row.stay.nights)
      return {
        stayId: row.stay.id,
        familyId: row.stay.familyId,
        personId: row.stay.personId,
        personName: row.personName,
        roomId: row.roomId,
        roomName: row.roomName,
        bedId: row.stay.bedId,
        bedLabel: row.bedLabel,
        since: nights.from,
        plannedCheckOut: nights.until,
      }
    }),
  }
}
