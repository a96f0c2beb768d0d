/** The fields of `next` whose value differs from `current`: a PATCH body that sends only what changed. */
export const changedFields = <T extends Record<string, unknown>>(
  next: T,
  current: { [K in keyof T]?: unknown },
): Partial<T> =>
  Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== current[key])) as Partial<T>
