import { subscribe as graphqlSubscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Context } from '../context';
import { Outlet } from './outlet';
import { shareOf } from './share-key';
import { SharedStream } from './shared-stream';
import { SocketSink, type Transport, type WireSocket } from './socket-sink';
import { WriteRounds } from './write-rounds';

type Args = ExecutionArgs & { contextValue?: unknown };

/**
 * Fan-out that costs once per event, not once per subscriber (issue 23): subscriptions with
 * the same sharing key (tenant and permissions, the caller too where the field reads more,
 * document and variables) share one stream, and every event is executed and serialised once
 * and the same bytes written to each socket, with backpressure per connection (socket-sink.ts,
 * outlet.ts). Each subscribe still runs its own resolver `subscribe` first, so authorization
 * and NOT_FOUND checks are exactly those of an unshared subscription. Clients see plain
 * graphql-ws and the same schema. Bus listeners per topic are one per distinct key, not one
 * per subscriber.
 */
export class SharedSubscriptions {
  private readonly streams = new Map<string, SharedStream>();
  private readonly targets = new WeakMap<object, { socket: WireSocket; id: string }>();
  private readonly sinks = new WeakMap<WireSocket, SocketSink>();
  /** Each connection's TCP socket (the upgrade request's): the fan-out writes its frames there. */
  private readonly transports = new WeakMap<WireSocket, Transport>();
  /** Every connection's writes, in rounds (write-rounds.ts). */
  readonly rounds = new WriteRounds();
  private executions = 0;

  /** graphql-ws options with the shared `subscribe`; `context` must be a function returning an object. */
  share<P extends Record<PropertyKey, unknown> | undefined, E extends Extra>(options: ServerOptions<P, E>): ServerOptions<P, E> {
    const context = options.context;
    if (typeof context !== 'function') throw new Error('shared subscriptions need a context function (one context per operation)');
    const onConnect = options.onConnect;
    return {
      ...options,
      // Before the caller's own onConnect, which may let go of the upgrade request.
      onConnect: (ctx) => {
        this.transports.set(ctx.extra.socket, ctx.extra.request.socket);
        return onConnect?.(ctx);
      },
      context: async (ctx, id, payload, args) => {
        const value = await context(ctx, id, payload, args);
        if (typeof value === 'object' && value !== null) this.targets.set(value, { socket: ctx.extra.socket, id });
        return value;
      },
      subscribe: (args) => this.subscribe(args),
    };
  }

  /** Live shared streams and their subscribers, and events executed so far (for tests and the benchmark). */
  stats(): { streams: number; subscribers: number; executions: number; writes: number } {
    let subscribers = 0;
    for (const s of this.streams.values()) subscribers += s.size;
    return { streams: this.streams.size, subscribers, executions: this.executions, writes: this.rounds.stats().writes };
  }

  private async subscribe(args: Args): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const own = await graphqlSubscribe(args);
    const target = typeof args.contextValue === 'object' && args.contextValue !== null ? this.targets.get(args.contextValue) : undefined;
    if (!(Symbol.asyncIterator in own) || !target) return own;
    const share = shareOf(args, (args.contextValue as Context).principal ?? null);
    if (!share) return own;
    let stream = this.streams.get(share.key);
    if (stream?.open) {
      // Authorized and checked like any subscription; its events come from the shared stream.
      void own.return?.(undefined);
      // graphql-ws keeps these arguments for the subscription's life: let them point at the
      // stream's own document and context (equal by the key) so that this subscriber's parsed
      // document and EntityManager fork are garbage now, not ~30 KB held per subscription.
      args.document = stream.args.document;
      args.contextValue = stream.args.contextValue;
    } else {
      const created = new SharedStream(
        args,
        own,
        (s) => {
          if (this.streams.get(share.key) === s) this.streams.delete(share.key);
        },
        () => (this.executions += 1),
      );
      this.streams.set(share.key, created);
      stream = created;
    }
    const outlet = new Outlet(this.sinkOf(target.socket), target.id, share.field, share.policy, (o) => stream.remove(o));
    stream.add(outlet);
    return outlet;
  }

  private sinkOf(socket: WireSocket): SocketSink {
    let sink = this.sinks.get(socket);
    if (!sink) {
      sink = new SocketSink(socket, this.rounds, this.transports.get(socket) ?? null);
      this.sinks.set(socket, sink);
    }
    return sink;
  }
}
