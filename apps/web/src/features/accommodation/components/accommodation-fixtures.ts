import type { Bed, Facility, Member, OutOfServicePeriod, Stay } from '@onestop/contracts'
import { adminUser, familyFixture, memberFixture } from '../../../test/fixtures'

export const officer = { ...adminUser, roles: ['accommodation_officer' as const] }

const at = '2029-12-01T10:00:00+02:00'
const roomId = '11111111-8a53-4d5e-9d43-3f1f4b1c2a10'
const facilityId = '22222222-8a53-4d5e-9d43-3f1f4b1c2a10'

const bed = (n: number, extra: Partial<Bed> = {}): Bed => ({
  id: `3333333${n}-8a53-4d5e-9d43-3f1f4b1c2a10`,
  facilityId,
  roomId,
  label: `Lova ${n}`,
  childBed: false,
  cot: false,
  accessible: false,
  active: true,
  version: 1,
  createdAt: at,
  updatedAt: at,
  ...extra,
})

/** Lova 1 free, Lova 2 occupied, Lova 3 out of service, Lova 4 a free child's bed. */
export const beds = [bed(1), bed(2), bed(3), bed(4, { childBed: true })] as const
export const [freeBed, occupiedBed, brokenBed, childBed] = beds

export const facility: Facility = {
  id: facilityId,
  organisationId: adminUser.organisationId,
  siteId: '44444444-8a53-4d5e-9d43-3f1f4b1c2a10',
  kind: 'crisis_accommodation',
  name: 'Krizinis apgyvendinimas',
  maxStayNights: 90,
  active: true,
  rooms: [
    {
      id: roomId,
      facilityId,
      name: 'Kambarys 12',
      active: true,
      beds: [...beds],
      version: 1,
      createdAt: at,
      updatedAt: at,
    },
  ],
  version: 1,
  createdAt: at,
  updatedAt: at,
}

export const stay: Stay = {
  id: '55555555-8a53-4d5e-9d43-3f1f4b1c2a10',
  visibility: 'full',
  familyId: '66666666-8a53-4d5e-9d43-3f1f4b1c2a10',
  personId: '77777777-8a53-4d5e-9d43-3f1f4b1c2a10',
  personName: 'Rasa Jonaitienė',
  status: 'checked_in',
  since: '2030-01-05',
  checkOut: '2030-01-20',
  placementId: '88888888-8a53-4d5e-9d43-3f1f4b1c2a10',
  facilityId,
  facilityName: facility.name,
  facilityKind: facility.kind,
  roomId,
  roomName: 'Kambarys 12',
  bedId: occupiedBed.id,
  bedLabel: occupiedBed.label,
  movedFromStayId: null,
  checkedInAt: '2030-01-05T16:00:00+02:00',
  checkedOutAt: null,
  cancelReason: null,
  version: 4,
}

export const repairs: OutOfServicePeriod = {
  id: '99999999-8a53-4d5e-9d43-3f1f4b1c2a10',
  bedId: brokenBed.id,
  from: '2030-01-08',
  until: '2030-01-15',
  reason: 'Čiužinio keitimas',
  createdBy: { id: adminUser.id, name: adminUser.name },
  createdAt: at,
}

export const mother: Member = { ...memberFixture, familyId: familyFixture.id }
export const son: Member = {
  ...memberFixture,
  id: 'aaaaaaaa-8a53-4d5e-9d43-3f1f4b1c2a10',
  personId: 'bbbbbbbb-8a53-4d5e-9d43-3f1f4b1c2a10',
  givenName: 'Jonas',
  birthDate: '2020-03-01',
  ageYears: 9,
  role: 'child',
}

/** GETs of the board's data: the facility's stays (`stays`) and its beds' out-of-service periods. */
export const boardAnswer = (path: string, stays: readonly Stay[] = [stay]): unknown => {
  if (path === '/api/v1/accommodation/stays') return { items: stays, nextCursor: null }
  if (path === `/api/v1/accommodation/facilities/${facilityId}/out-of-service`) return { items: [repairs] }
  if (path === `/api/v1/accommodation/beds/${brokenBed.id}/out-of-service`) return { items: [repairs] }
  return undefined
}
