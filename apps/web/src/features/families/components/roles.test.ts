import { describe, expect, it } from 'vitest'
import { mayChangeTeam, mayManageFamily } from './roles'

const own = 'org-vilnius'
const ngo = 'org-kretinga-ngo'
const family = { organisationId: own, caseManager: { id: 'cm' }, intakeBy: { id: 'intake' } }

describe('mayManageFamily and mayChangeTeam', () => {
  it('let the family’s own coordinators and admins manage it and change its team', () => {
    const admin = { id: 'admin', roles: ['admin' as const], organisationId: own }
    expect(mayManageFamily(admin, family, [])).toBe(true)
    expect(mayChangeTeam(admin, family)).toBe(true)
  })

  it('never let a partner organisation’s staff manage it, even an admin on the team', () => {
    const partnerAdmin = {
      id: 'jolanta',
      roles: ['admin' as const, 'coordinator' as const],
      organisationId: ngo,
    }
    expect(mayManageFamily(partnerAdmin, family, ['jolanta'])).toBe(false)
    expect(mayChangeTeam(partnerAdmin, family)).toBe(false)
    const partnerCaseManager = { id: 'inga', roles: ['case_manager' as const], organisationId: ngo }
    expect(mayManageFamily(partnerCaseManager, family, ['inga'])).toBe(false)
  })
})
