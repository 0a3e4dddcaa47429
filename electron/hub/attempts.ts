// Counts failed PIN / password attempts per station, so a kiosk cannot be used to guess a worker's PIN.
export class AttemptLimiter {
  private failures = new Map<string, { count: number; first: number }>();
  constructor(
    private readonly max = 5,
    private readonly windowMs = 5 * 60_000,
    private readonly clock = () => Date.now(),
  ) {}

  tooMany(key: string): boolean {
    const entry = this.failures.get(key);
    if (!entry) return false;
    if (this.clock() - entry.first > this.windowMs) {
      this.failures.delete(key);
      return false;
    }
    return entry.count >= this.max;
  }

  fail(key: string): void {
    const entry = this.failures.get(key);
    if (!entry || this.clock() - entry.first > this.windowMs) this.failures.set(key, { count: 1, first: this.clock() });
    else entry.count++;
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
