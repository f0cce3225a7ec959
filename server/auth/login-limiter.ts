// Failed logins per account and client address in a sliding window. After `maxFailures` the pair is blocked until
// the oldest failure leaves the window, even for the right password, so guessing stays slow. Kept in memory: a
// restart clears it, which costs an attacker a restart of our server, not a bypass.

const MAX_KEYS = 50_000;

export class LoginLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds until the next attempt is allowed; 0 when allowed now. */
  retryAfter(key: string): number {
    const list = this.recent(key);
    if (list.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((list[list.length - this.maxFailures]! + this.windowMs - this.now()) / 1000));
  }

  fail(key: string): void {
    if (!this.failures.has(key) && this.failures.size >= MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
