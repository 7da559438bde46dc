/** How many subscriptions may be open at once, per connection and in total (read in src/config.ts). */
export interface SubscriptionLimits {
  /** SUBSCRIPTIONS_PER_CONNECTION */
  perConnection: number;
  /** SUBSCRIPTIONS_MAX */
  total: number;
}

/** Open subscriptions, by connection. */
export class SubscriptionSlots {
  private readonly byConnection = new Map<object, Set<string>>();
  private open = 0;

  constructor(private readonly limits: SubscriptionLimits) {}

  get total(): number {
    return this.open;
  }

  /** Takes a slot for operation `id` of `connection`; the reason when none is free. */
  claim(connection: object, id: string): string | null {
    const ids = this.byConnection.get(connection) ?? new Set<string>();
    if (ids.size >= this.limits.perConnection) return `This connection already has ${this.limits.perConnection} open subscriptions, the most it may have`;
    if (this.open >= this.limits.total) return `The server already serves ${this.limits.total} subscriptions, the most it takes; try again later`;
    ids.add(id);
    this.byConnection.set(connection, ids);
    this.open += 1;
    return null;
  }

  release(connection: object, id: string): void {
    const ids = this.byConnection.get(connection);
    if (!ids?.delete(id)) return;
    this.open -= 1;
    if (ids.size === 0) this.byConnection.delete(connection);
  }

  releaseAll(connection: object): void {
    for (const id of [...(this.byConnection.get(connection) ?? [])]) this.release(connection, id);
  }
}
