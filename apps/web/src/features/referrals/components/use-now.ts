import { useEffect, useState } from 'react'

/** The time now, renewed every minute so that timers move; `fixed` (tests) stops the clock. */
export const useNow = (fixed?: Date): Date => {
  const [now, setNow] = useState(() => fixed ?? new Date())
  useEffect(() => {
    if (fixed) return
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [fixed])
  return fixed ?? now
}
