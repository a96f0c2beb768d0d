import { routes as definitions, isPartnerAccess, type RouteDefinition } from '@onestop/contracts'
import { describe, expect, it } from 'vitest'

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`

const accessOf = (access: RouteDefinition['access']) =>
  typeof access === 'string'
    ? quote(access)
    : isPartnerAccess(access)
      ? `{ partnerScope: ${quote(access.partnerScope)} }`
      : `[${access.map(quote).join(', ')}]`

/** The client's schema-free route table, written from the definitions so it never differs from them. */
const clientRoutesSource = () =>
  [
    '// Written by apps/api/test/contract/client-routes.test.ts from the route definitions: do not edit by hand.',
    '// After adding or changing a route: cd apps/api && npx vitest run test/contract/client-routes.test.ts -u',
    "import type { ClientRoutes } from './client-route-ref.js'",
    '',
    'export const routes: ClientRoutes = {',
    ...Object.entries(definitions).map(
      ([name, { method, path, access }]) =>
        `  ${name}: { method: ${quote(method)}, path: ${quote(path)}, access: ${accessOf(access)} },`,
    ),
    '}',
    '',
  ].join('\n')

// The typecheck holds the table to the definitions' literal types; this holds it to their values and order.
describe("the client's route table", () => {
  it('is written from the route definitions', async () => {
    await expect(clientRoutesSource()).toMatchFileSnapshot(
      '../../../../packages/contracts/src/client-routes.ts',
    )
  })
})
