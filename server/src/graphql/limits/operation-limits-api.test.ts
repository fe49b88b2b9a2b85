import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { startTestApp, type GqlResult, type TestApp } from '../../test/test-app';

/**
 * The limits on the real API, over HTTP and graphql-ws: refused operations answer
 * QUERY_TOO_COMPLEX naming the limit, and nothing of them runs (a refused batch of mutations
 * creates nothing). probe-schema-limits.test.ts shows the same with resolvers that count calls.
 */

const aliases = (n: number, field: string, op = '') => `${op}{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const ISSUE_QUERY = aliases(1000, 'campaigns { nodes { recipientCounts { total } } }');
const DEPTH_50 = `{ __schema { types { ${'fields { type { '.repeat(25)}name${' } }'.repeat(25)} } } }`;
const MUTATIONS = aliases(31, 'createRecipientList(input: { name: "probe" }) { id }', 'mutation ');

let t: TestApp;
let token: string;

before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('limits'));
});
after(() => t.stop());

async function post(query: string, accept = 'application/json'): Promise<{ status: number; type: string; body: GqlResult<unknown> }> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as GqlResult<unknown> };
}

/** One operation over graphql-ws: its result, or the errors of its `error` message. */
function overWs(client: Client, query: string): Promise<GqlResult<unknown>> {
  return new Promise((resolve) => {
    let result: GqlResult<unknown> = {};
    client.subscribe(
      { query },
      {
        next: (r) => (result = r as GqlResult<unknown>),
        error: (errors) => resolve({ errors: errors as GqlResult<unknown>['errors'] }),
        complete: () => resolve(result),
      },
    );
  });
}

async function listCount(): Promise<number> {
  const r = await t.ok<{ recipientLists: unknown[] }>('{ recipientLists { id } }', {}, token);
  return r.recipientLists.length;
}

function refusedBy(body: GqlResult<unknown>, limit: string): void {
  assert.equal(body.data, undefined, 'nothing ran: no data at all');
  const first = body.errors?.[0];
  assert.equal(first?.extensions?.code, 'QUERY_TOO_COMPLEX', JSON.stringify(body.errors).slice(0, 300));
  assert.equal(first?.extensions?.limit, limit);
  assert.equal(typeof first?.extensions?.max, 'number');
  assert.match(first?.message ?? '', /limit is \d+/);
}

describe('over HTTP', () => {
  test("the issue's 1,000 aliases: refused (tokens), 200 under application/json, 400 under graphql-response+json", async () => {
    const legacy = await post(ISSUE_QUERY);
    assert.equal(legacy.status, 200);
    refusedBy(legacy.body, 'tokens');
    const modern = await post(ISSUE_QUERY, 'application/graphql-response+json');
    assert.equal(modern.status, 400);
    assert.match(modern.type, /application\/graphql-response\+json/);
    refusedBy(modern.body, 'tokens');
  });

  test('a depth-50 operation is refused (depth)', async () => {
    refusedBy((await post(DEPTH_50)).body, 'depth');
  });

  test('31 aliased mutations are refused (aliases) and none of them runs', async () => {
    refusedBy((await post(MUTATIONS)).body, 'aliases');
    assert.equal(await listCount(), 0);
  });

  test('an operation over its cost is refused (cost); the same one with a smaller page runs', async () => {
    refusedBy((await post(aliases(5, 'campaigns(first: 500) { nodes { recipientCounts { total } } }'))).body, 'cost');
    const ok = await post(aliases(5, 'campaigns(first: 20) { nodes { recipientCounts { total } } }'));
    assert.equal(ok.body.errors, undefined);
  });
});

describe('over graphql-ws', () => {
  test("the issue's 1,000 aliases and a depth-50 operation are refused with the same code", async () => {
    const client = t.ws(token);
    refusedBy(await overWs(client, ISSUE_QUERY), 'tokens');
    refusedBy(await overWs(client, DEPTH_50), 'depth');
    refusedBy(await overWs(client, aliases(5, 'campaigns(first: 500) { nodes { recipientCounts { total } } }')), 'cost');
  });

  test('31 aliased mutations are refused (aliases) and none of them runs; an ordinary operation still does', async () => {
    const client = t.ws(token);
    refusedBy(await overWs(client, MUTATIONS), 'aliases');
    assert.equal(await listCount(), 0);
    const ok = await overWs(client, 'mutation { createRecipientList(input: { name: "one" }) { id } }');
    assert.equal(ok.errors, undefined);
    assert.equal(await listCount(), 1);
  });
});
