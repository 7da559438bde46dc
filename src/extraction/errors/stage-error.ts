/** A pipeline stage failed; the message names the stage (as spaCy names the failing component). */
export class StageError extends Error {
  constructor(readonly stage: string, readonly cause: unknown) {
    super(`extraction stage "${stage}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StageError';
  }
}
