/**
 * Failed sign-ins with addresses that have no account, counted in memory so that they are slowed and
 * locked exactly like a real account: the answers must not tell which addresses exist.
 */
export class UnknownAddressFailures {
  private readonly entries = new Map<string, { failures: number; lockedUntil: number | null }>()

  constructor(private readonly maxEntries = 10_000) {}

  lockedUntil(email: string, now = Date.now()): number | null {
    const until = this.entries.get(email)?.lockedUntil ?? null
    return until !== null && until > now ? until : null
  }

  /** Counts a failure; returns the failures in a row, locking at the threshold. */
  record(email: string, threshold: number, lockMs: number, now = Date.now()): number {
    const entry = this.entries.get(email) ?? { failures: 0, lockedUntil: null }
    entry.failures += 1
    if (entry.failures >= threshold) entry.lockedUntil = now + lockMs
    this.entries.delete(email)
    this.entries.set(email, entry)
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    return entry.failures
  }
}
