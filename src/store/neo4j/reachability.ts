/**
 * Calls fail at once while Neo4j is known not to answer, instead of each one waiting out the
 * driver's retries: during an outage every request would otherwise hold its socket for seconds
 * and pile up behind the others. After a call fails for want of a connection, the next calls share
 * one quick probe; the gate opens again as soon as a probe succeeds.
 */
export class ReachabilityGate {
  private lost = false;
  private probing: Promise<void> | null = null;

  /** `probe` resolves when Neo4j answers and rejects with the error callers should get when not. */
  constructor(private readonly probe: () => Promise<void>) {}

  /** A call failed because no connection could be made or kept. */
  connectionLost(): void {
    this.lost = true;
  }

  /** Resolves at once while Neo4j is reachable; otherwise after a probe, rejecting with its error. */
  async pass(): Promise<void> {
    if (!this.lost) return;
    this.probing ??= this.probe()
      .then(() => { this.lost = false; })
      .finally(() => { this.probing = null; });
    await this.probing;
  }
}
