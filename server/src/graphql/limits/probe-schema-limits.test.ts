import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, type GraphQLFieldConfigMap } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { parseConfig } from '../../config';
import { EventBus } from '../../events/event-bus';
import { createApiServer, type ApiServer } from '../../http/api-server';
import { createTestDb, type TestDb } from '../../test/test-db';
import { createRateLimits, type RateLimits } from '../../limits/rate-limits';
import { operationLimitsOf } from './operation-limits';

/**
 * "Nothing runs": the real HTTP and WebSocket layer (createApiServer) over a schema whose every
 * resolver counts its calls, and whose Node type nests without end (Pacer's own schema has no
 * cycle, so there a depth-50 operation can only be introspection).
 */

let calls = 0;
const Node: GraphQLObjectType = new GraphQLObjectType({
  name: 'Node',
  fields: (): GraphQLFieldConfigMap<unknown, unknown> => ({
    n: { type: GraphQLInt, resolve: () => ++calls },
    child: { type: Node, resolve: () => (++calls, {}) },
  }),
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { node: { type: Node, resolve: () => (++calls, {}) } } }),
  mutation: new GraphQLObjectType({ name: 'Mutation', fields: { poke: { type: GraphQLInt, resolve: () => ++calls } } }),
});

let db: TestDb;
let bus: EventBus;
let api: ApiServer;
let limits: RateLimits;
let url: string;
const clients: Client[] = [];

before(async () => {
  db = await createTestDb();
  bus = new EventBus(db.url);
  const config = parseConfig({});
  limits = createRateLimits(config, db.url);
  api = await createApiServer(db.orm, bus, schema, [], { limits, trustProxy: false, operationLimits: operationLimitsOf(config) });
  url = `http://127.0.0.1:${await api.listen(0, '127.0.0.1')}/graphql`;
});
after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await api.close();
  await limits.close();
  await db.drop();
});

const ALIASES_1000 = `mutation { ${Array.from({ length: 1000 }, (_, i) => `p${i}: poke`).join(' ')} }`;
const DEPTH_50 = `{ node { ${'child { '.repeat(48)}n${' }'.repeat(48)} } }`;
const DEPTH_10 = `{ node { ${'child { '.repeat(8)}n${' }'.repeat(8)} } }`;

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }>;

async function overHttp(query: string): Promise<{ data?: unknown; errors?: Errors }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: unknown; errors?: Errors };
}

function overWs(query: string): Promise<{ data?: unknown; errors?: Errors }> {
  const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  clients.push(client);
  return new Promise((resolve) => {
    let result: { data?: unknown; errors?: Errors } = {};
    client.subscribe(
      { query },
      {
        next: (r) => (result = r as typeof result),
        error: (errors) => resolve({ errors: errors as Errors }),
        complete: () => resolve(result),
      },
    );
  });
}

for (const [transport, run] of [
  ['HTTP', overHttp],
  ['graphql-ws', overWs],
] as const) {
  test(`${transport}: 1,000 aliases and depth 50 are refused and no resolver runs; depth 10 runs`, async () => {
    calls = 0;
    const many = await run(ALIASES_1000);
    assert.deepEqual([many.errors?.[0]?.extensions?.code, many.errors?.[0]?.extensions?.limit], ['QUERY_TOO_COMPLEX', 'aliases']);
    const deep = await run(DEPTH_50);
    assert.deepEqual(
      deep.errors?.map((e) => [e.extensions?.code, e.extensions?.limit]),
      [['QUERY_TOO_COMPLEX', 'depth']],
    );
    assert.equal(deep.data, undefined);
    assert.equal(calls, 0, 'no resolver ran for the refused operations');
    const fine = await run(DEPTH_10);
    assert.equal(fine.errors, undefined);
    assert.equal(calls, 10, 'the counter does count: one call per level');
  });
}
