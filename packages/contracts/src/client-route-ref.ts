import type { routes as definitions } from './index.js'
import type { RouteDefinition } from './route.js'

/**
 * What a client needs to call a route and to know who may: its method, path and access. The schemas stay with
 * the full definitions (`routes` of the package root, which the API serves and documents) and reach a client as
 * types only, through `definition`, so a browser does not download them with TypeBox to run them.
 */
export type RouteRef<R extends RouteDefinition = RouteDefinition> = Pick<R, 'method' | 'path' | 'access'> & {
  /** Never set: carries the full definition's type for `RouteBody`, `RouteResult` and the like. */
  readonly definition?: R
}

type Definitions = typeof definitions

/** Typed from the definitions, so a route missing here or a method, path or access unlike its own is a type error. */
export type ClientRoutes = { readonly [Name in keyof Definitions]: RouteRef<Definitions[Name]> }
