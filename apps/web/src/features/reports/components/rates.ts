import type { AttendanceReport } from '@onestop/contracts'

type Figures = Pick<AttendanceReport['rows'][number], 'total' | 'completed' | 'noShow' | 'cancelled'>

/** The same rates the API gives per row, over the sum of the rows. */
export const totalsOf = (rows: readonly Figures[]) => {
  const sum = (pick: (row: Figures) => number) => rows.reduce((total, row) => total + pick(row), 0)
  const total = sum((row) => row.total)
  const completed = sum((row) => row.completed)
  const noShow = sum((row) => row.noShow)
  const cancelled = sum((row) => row.cancelled)
  const due = completed + noShow
  return {
    total,
    completed,
    noShow,
    cancelled,
    noShowRate: due > 0 ? noShow / due : null,
    cancellationRate: total > 0 ? cancelled / total : null,
  }
}
