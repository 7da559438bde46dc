/**
 * Live updates: a graphql-ws subscription to `interactionAdded` on this page's own server (the
 * WebSocket goes to the origin that served the page, like every other request), following the
 * centred actor and the chosen filter.
 */
import { createClient, type Client } from 'graphql-ws';
import type { InteractionFilter } from './api';

const INTERACTION_ADDED = 'subscription($filter: InteractionFilter) { interactionAdded(filter: $filter) { id } }';
/**
 * graphql-ws does not acknowledge a subscription. The server handles a connection's messages in
 * order and refuses a query over WebSocket, so once this is refused, the subscription sent before
 * it is open: from then on no interaction is missed.
 */
const PROBE = '{ __typename }';

export type LiveState = 'connecting' | 'on' | 'off';

export class LiveInteractions {
  private client: Client | null = null;
  private unsubscribe: (() => void) | null = null;
  private following = '';

  constructor(
    /** Called once per interaction added (or reported again) that matches what is followed. */
    private readonly onAdded: () => void,
    private readonly onState: (state: LiveState, problem?: string) => void,
  ) {}

  /** Follows the interactions of `actor` that match `filter`; a no-op when that is already followed. */
  follow(actor: string, filter: InteractionFilter): void {
    const wanted: InteractionFilter = { ...filter, with: [actor] };
    const key = JSON.stringify(wanted);
    if (key === this.following) return;
    this.following = key;
    this.onState('connecting');
    const client = this.connection();
    const current = () => this.following === key;
    // The new subscription first, then the old one ends: the socket stays open in between.
    const previous = this.unsubscribe;
    this.unsubscribe = client.subscribe(
      { query: INTERACTION_ADDED, variables: { filter: wanted } },
      {
        next: (result) => {
          if (!current()) return;
          if (result.data) this.onAdded();
          else if (result.errors) this.onState('off', result.errors.map((e) => e.message).join('; '));
        },
        error: (err) => { if (current()) this.onState('off', err instanceof Error ? err.message : 'the connection was lost'); },
        complete: () => undefined,
      },
    );
    previous?.();
    const opened = () => { if (current()) this.onState('on'); };
    client.subscribe({ query: PROBE }, { next: () => undefined, error: opened, complete: opened });
  }

  /** One WebSocket for the page, opened on the first subscription; it reconnects by itself. */
  private connection(): Client {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    this.client ??= createClient({ url: `${scheme}://${window.location.host}/graphql`, retryAttempts: 5 });
    return this.client;
  }
}
