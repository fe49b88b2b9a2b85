import { performance } from 'node:perf_hooks';
import type { Authenticator } from '../auth/authenticator';
import type { Principal } from '../auth/principal';

interface Checked {
  /** When the lookup started (the answer reflects the database at or after this time). */
  at: number;
  principal: Promise<Principal | null>;
}

/**
 * Who a graphql-ws connection is, looked up once at `connection_init` and reused by the
 * connection's operations while at most `freshMs` old; an operation started later looks again
 * (README "Rate limits", sign-in over WebSocket). A console opens several subscriptions per connection, and thousands
 * of consoles reconnect together after a restart: one lookup per connection instead of one per
 * operation keeps that storm off the database. The bound is what a revoked API key, an ended
 * session or a disabled user can still open over a connection it already has: new operations
 * for at most `freshMs`, then UNAUTHENTICATED. (Subscriptions already open keep streaming.)
 */
export class ConnectionAuth {
  private readonly checked = new WeakMap<object, Checked>();

  constructor(
    private readonly authenticator: Authenticator,
    private readonly freshMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The connection's principal for a new operation: the last lookup's, if fresh enough, else a new lookup's. */
  principalOf(connection: object, authorization: unknown): Promise<Principal | null> {
    const last = this.checked.get(connection);
    if (last && this.now() - last.at < this.freshMs) return last.principal;
    const check: Checked = { at: this.now(), principal: this.authenticator.authenticate(authorization) };
    this.checked.set(connection, check);
    // A failed lookup (the database away) is not remembered: the next operation asks again.
    check.principal.catch(() => {
      if (this.checked.get(connection) === check) this.checked.delete(connection);
    });
    return check.principal;
  }
}
