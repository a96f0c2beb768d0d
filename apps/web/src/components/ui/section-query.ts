/** What a section needs of its query; every react-query result fits. */
export interface SectionQuery<TData> {
  data: TData | undefined
  isPending: boolean
  isError: boolean
  error: unknown
  refetch: () => unknown
}

/**
 * Two queries one section waits for together: loading until both have data, failed when either fails
 * (retrying the failed ones), and then both results side by side.
 */
export const bothQueries = <A, B>(a: SectionQuery<A>, b: SectionQuery<B>): SectionQuery<[A, B]> => ({
  data: a.data === undefined || b.data === undefined ? undefined : [a.data, b.data],
  isPending: a.isPending || b.isPending,
  isError: a.isError || b.isError,
  error: a.isError ? a.error : b.error,
  refetch: () => {
    for (const query of [a, b]) if (query.isError) void query.refetch()
  },
})
