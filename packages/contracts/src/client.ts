// The client's entry: what a browser runs of the contracts, without the TypeBox schemas and their runtime (the
// initial load would carry them all). The client takes the schemas' types from the package root with `import type`.
export * from './client-route-ref.js'
export * from './client-routes.js'
export * from './dates.js'
export * from './field-errors.js'
export * from './password.js'
export * from './problems.js'
export * from './route-url.js'
