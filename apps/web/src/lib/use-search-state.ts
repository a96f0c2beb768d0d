import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

/** How one search parameter is read (anything unknown falls back, never throws) and written (null: left out). */
export interface SearchField<V> {
  read(raw: string | null): V
  write(value: V): string | null
}

type Schema = Record<string, SearchField<unknown>>
type Values<S> = { [K in keyof S]: S[K] extends SearchField<infer V> ? V : never }

/** One of known values; anything else is the fallback, which is left out of the URL. */
export const oneOf = <V extends string>(values: readonly V[], fallback: V): SearchField<V> => ({
  read: (raw) => values.find((value) => value === raw) ?? fallback,
  write: (value) => (value === fallback ? null : value),
})

/** One of known values, or none. */
export const maybeOneOf = <V extends string>(values: readonly V[]): SearchField<V | null> => ({
  read: (raw) => values.find((value) => value === raw) ?? null,
  write: (value) => value,
})

/** Free text, cut to what the API takes. */
export const text = (max = 100): SearchField<string> => ({
  read: (raw) => (raw ?? '').slice(0, max),
  write: (value) => value || null,
})

/** An id or other token the server checks; anything else shaped wrongly reads as none. */
export const token = (pattern: RegExp): SearchField<string | null> => ({
  read: (raw) => (raw !== null && pattern.test(raw) ? raw : null),
  write: (value) => value,
})

export const flag: SearchField<boolean> = {
  read: (raw) => raw === '1',
  write: (value) => (value ? '1' : null),
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * A page's state kept in the URL's search parameters, so reload, Back and a shared link land where the user
 * was. Changes replace the history entry: typing a filter or switching a tab is not a step Back should retrace.
 * Parameters the schema does not name are kept as they are.
 */
export const useSearchState = <S extends Schema>(schema: S) => {
  const [params, setParams] = useSearchParams()
  const value = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(schema).map(([key, field]): [string, unknown] => [key, field.read(params.get(key))]),
      ) as Values<S>,
    [params, schema],
  )
  const setValue = useCallback(
    (next: Values<S>) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          for (const [key, field] of Object.entries(schema)) {
            const written = field.write(next[key as keyof S])
            if (written === null) updated.delete(key)
            else updated.set(key, written)
          }
          return updated
        },
        { replace: true },
      ),
    [schema, setParams],
  )
  return [value, setValue] as const
}

/** A calendar day (YYYY-MM-DD), or empty. */
export const day: SearchField<string> = {
  read: (raw) => (raw !== null && DAY_PATTERN.test(raw) ? raw : ''),
  write: (value) => value || null,
}
