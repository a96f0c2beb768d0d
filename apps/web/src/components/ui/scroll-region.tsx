import type { ReactNode } from 'react'
import classes from './scroll-region.module.css'

/**
 * Something wider than a phone — a table of many columns, a timeline of weeks — scrolling sideways inside
 * itself so the page never does: a region (a section named by a visible title, `labelledBy`, kept outside so
 * it never scrolls away) that the keyboard reaches and scrolls with the arrow keys.
 */
export const ScrollRegion = ({
  labelledBy,
  minWidth,
  children,
}: {
  labelledBy: string
  /** The width below which the content scrolls rather than shrinks. */
  minWidth: number
  children: ReactNode
}) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable to scroll by keyboard.
  <section aria-labelledby={labelledBy} tabIndex={0} className={classes.region}>
    <div style={{ minWidth }}>{children}</div>
  </section>
)
