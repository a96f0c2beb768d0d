import { routes as definitions } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { describe, expect, it } from 'vitest'

// The client calls the API through the schema-free table; the typecheck holds it to the definitions' literal
// types, and this holds it to their values, should a definition's path or access ever be a plain string or array.
describe("the client's route table", () => {
  it('names every route with the method, path and access of its definition', () => {
    const projected = Object.fromEntries(
      Object.entries(definitions).map(([name, { method, path, access }]) => [name, { method, path, access }]),
    )
    expect(routes).toEqual(projected)
  })
})
