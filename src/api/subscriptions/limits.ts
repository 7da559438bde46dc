/** How many subscriptions may be open at once, per connection and in total (README "Configuration"). */
export interface SubscriptionLimits {
  /** SUBSCRIPTIONS_PER_CONNECTION */
  perConnection: number;
  /** SUBSCRIPTIONS_MAX */
  total: number;
}

export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = { perConnection: 10, total: 1000 };

export function readSubscriptionLimits(env: NodeJS.ProcessEnv): SubscriptionLimits {
  const read = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 1_000_000) throw new Error(`${name} must be a whole number from 1 to 1000000, got "${raw}"`);
    return value;
  };
  return {
    perConnection: read('SUBSCRIPTIONS_PER_CONNECTION', DEFAULT_SUBSCRIPTION_LIMITS.perConnection),
    total: read('SUBSCRIPTIONS_MAX', DEFAULT_SUBSCRIPTION_LIMITS.total),
  };
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
