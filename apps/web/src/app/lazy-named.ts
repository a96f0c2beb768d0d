import { type ComponentType, lazy } from 'react'
import { loadAreaTexts } from '../lib/i18n'
import type { TextArea } from '../lib/i18n/areas'

/**
 * React.lazy for a named export, so a page keeps its name and still becomes a chunk of its own. The Lithuanian
 * texts of the areas it shows load beside it (`area-texts.test.ts` checks the list against what it uses).
 */
export const lazyNamed = <K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  texts: readonly TextArea[],
) =>
  lazy(async () => {
    const [module] = await Promise.all([load(), loadAreaTexts(texts)])
    return { default: module[name] }
  })
