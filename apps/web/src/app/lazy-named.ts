import { type ComponentType, lazy } from 'react'

/** React.lazy for a named export, so a page keeps its name and still becomes a chunk of its own. */
export const lazyNamed = <K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }))
