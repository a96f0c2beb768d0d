import type { ApiClient, ApiClientWithSecret, PartnerMunicipality } from '@onestop/contracts'

export const vilnius = { id: '5a9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Vilniaus miesto savivaldybė' }

export const apiClient = (overrides: Partial<ApiClient> = {}): ApiClient => ({
  id: '6b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
  clientId: 'osc_4f3a9c1e2b7d4e8f',
  name: 'Vilniaus miesto VTAS integracija',
  partnerOrganisation: vilnius,
  scopes: ['referrals:write', 'referrals:read'],
  status: 'active',
  secrets: [
    {
      id: '7c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
      hint: 'x9Qa',
      createdAt: '2026-05-01T10:00:00Z',
      expiresAt: null,
    },
  ],
  createdAt: '2026-05-01T10:00:00Z',
  revokedAt: null,
  lastTokenAt: null,
  version: 1,
  ...overrides,
})

export const municipality = (overrides: Partial<PartnerMunicipality> = {}): PartnerMunicipality => ({
  ...vilnius,
  municipality: vilnius.name,
  partnershipLive: true,
  clients: [],
  ...overrides,
})

export const SECRET = 'oss_Jq0v6mJ1cE9pWm0yQ2h3bXk1c2x1d2V5Zk1hQ0d3dA'

export const withSecret = (client = apiClient()): ApiClientWithSecret => ({ client, clientSecret: SECRET })
