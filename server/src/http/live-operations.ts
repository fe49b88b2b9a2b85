/**
 * The WebSocket subscriptions now streaming, per connection. graphql-ws operation ids are
 * unique only within one connection (every console may call its first subscription "1"): a
 * set of bare ids forgot a subscription still streaming on one connection as soon as another
 * connection completed its own of the same id.
 */
export class LiveOperations {
  private readonly byConnection = new WeakMap<object, Set<string>>();
  /** Connections streaming each id. */
  private readonly count = new Map<string, number>();
  private total = 0;

  add(connection: object, id: string): void {
    let ids = this.byConnection.get(connection);
    if (!ids) {
      ids = new Set();
      this.byConnection.set(connection, ids);
    }
    if (ids.has(id)) return;
    ids.add(id);
    this.count.set(id, (this.count.get(id) ?? 0) + 1);
    this.total += 1;
  }

  delete(connection: object, id: string): void {
    const ids = this.byConnection.get(connection);
    if (!ids?.delete(id)) return;
    const left = (this.count.get(id) ?? 1) - 1;
    if (left > 0) this.count.set(id, left);
    else this.count.delete(id);
    this.total -= 1;
  }

  /** Whether some connection streams a subscription of this id. */
  has(id: string): boolean {
    return this.count.has(id);
  }

  /** Subscriptions streaming, over every connection. */
  get size(): number {
    return this.total;
  }
}
