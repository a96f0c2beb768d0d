import { routes } from '@onestop/contracts/client'
import { describe, expect, it } from 'vitest'
import { may } from './access'

describe('may', () => {
  it('lets a role listed in the route access call it and no one else', () => {
    expect(may({ roles: ['coordinator'] }, routes.createGroupRun)).toBe(true)
    expect(may({ roles: ['specialist'] }, routes.createGroupRun)).toBe(false)
    expect(may({ roles: ['specialist', 'admin'] }, routes.createGroupRun)).toBe(true)
  })

  it('lets every signed-in role call authenticated routes', () => {
    expect(may({ roles: ['accommodation_officer'] }, routes.listFamilies)).toBe(true)
  })

  it('lets no one without a listed role in', () => {
    expect(may({ roles: [] }, routes.listUsers)).toBe(false)
  })
})
