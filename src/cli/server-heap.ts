/**
 * V8 settings for a process that answers requests. Called by `serve` once the store is open, so
 * that opening it keeps V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Turns off allocation-site pretenuring. V8 moves an allocation site to the old generation for
 * good when nearly all of its objects are alive at a young collection. Under concurrent requests
 * that happens by chance whenever requests pile up (a new query's first, unoptimised runs): the
 * sites of per-request objects are then pretenured, every answer's objects go to the old
 * generation, and young collections cost about three times as much (measured in `serve` under the
 * bench's rotating network queries: 20–25% more CPU per request, in about half the runs). Almost
 * all a request allocates dies with it; what outlives it (an index built on first use) is copied
 * to the old generation once. V8 checks this flag each time it weighs the sites' feedback, so
 * setting it in the running process takes effect.
 */
export function keepRequestObjectsYoung(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
