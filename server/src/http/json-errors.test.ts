import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { spawnServer, type ServerProcess } from '../test/spawn-server';
import { createTestDb, type TestDb } from '../test/test-db';

/**
 * Every failure of the HTTP layer answered in JSON without a stack or a path, by a real server
 * process under NODE_ENV=development (where Express's own error page shows the stack), and
 * logged as one line each: no stack on its output either.
 */

let db: TestDb;
let server: ServerProcess;
let base: string;

before(async () => {
  db = await createTestDb();
  server = await spawnServer({
    DATABASE_URL: db.url,
    NODE_ENV: 'development',
    PACER_DIALER: 'off',
    PACER_ADMIN_PASSWORD: 'first-admin-pw',
  });
  base = server.url.replace(/\/graphql$/, '');
});
after(async () => {
  await server.kill();
  await db.drop();
});

interface Answer {
  status: number;
  type: string;
  text: string;
  json: unknown;
}

async function send(path: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(base + path, init);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Left null: the assertions below say what was expected.
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json };
}

/** No stack frame, no file path, no HTML, whatever the answer. */
function clean(a: Answer): void {
  assert.doesNotMatch(a.text, /\bat .+:\d+:\d+|\/work\/|node_modules|\.ts\b|<html|<pre>/i, a.text.slice(0, 300));
  assert.notEqual(a.json, null, `JSON: ${a.text.slice(0, 200)}`);
}

/** /graphql: the GraphQL-over-HTTP error shape with this status and code. */
function graphqlError(a: Answer, status: number, code: string): void {
  clean(a);
  assert.equal(a.status, status, a.text);
  const body = a.json as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
  assert.equal(body.errors?.length, 1, a.text);
  assert.equal(typeof body.errors?.[0]?.message, 'string');
  assert.equal(body.errors?.[0]?.extensions?.code, code, a.text);
}

/** Other routes: `{error:{code,message}}`. */
function routeError(a: Answer, status: number, code: string): void {
  clean(a);
  assert.equal(a.status, status, a.text);
  const body = a.json as { error?: { code?: unknown; message?: unknown } };
  assert.equal(body.error?.code, code, a.text);
  assert.equal(typeof body.error?.message, 'string');
}

const JSON_HEADERS = { 'content-type': 'application/json' };

test('malformed JSON on /graphql: 400 in the GraphQL shape, the media type following Accept', async () => {
  const legacy = await send('/graphql', { method: 'POST', headers: JSON_HEADERS, body: '{"query": "{ me { id } }",' });
  graphqlError(legacy, 400, 'BAD_REQUEST');
  assert.match(legacy.type, /^application\/json/);
  const modern = await send('/graphql', {
    method: 'POST',
    headers: { ...JSON_HEADERS, accept: 'application/graphql-response+json' },
    body: '{not json',
  });
  graphqlError(modern, 400, 'BAD_REQUEST');
  assert.match(modern.type, /^application\/graphql-response\+json/);
});

test('a body over 10 MB: 413', async () => {
  const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(11 * 1024 * 1024) } });
  graphqlError(await send('/graphql', { method: 'POST', headers: JSON_HEADERS, body: big }), 413, 'PAYLOAD_TOO_LARGE');
});

test('wrong content type, unreadable charset or encoding, bad multipart: 4xx in the GraphQL shape', async () => {
  graphqlError(
    await send('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ me { id } }' }),
    400,
    'BAD_REQUEST',
  );
  graphqlError(
    await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{}' }),
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  );
  graphqlError(
    await send('/graphql', { method: 'POST', headers: { ...JSON_HEADERS, 'content-encoding': 'zip-bomb' }, body: '{}' }),
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  );
  graphqlError(
    await send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":',
    }),
    400,
    'BAD_REQUEST',
  );
});

test('unknown routes and unreadable paths elsewhere: {error:{code,message}}', async () => {
  routeError(await send('/nope', { method: 'GET' }), 404, 'NOT_FOUND');
  routeError(await send('/imports', { method: 'PUT', body: 'x' }), 404, 'NOT_FOUND');
  routeError(await send('/imports/%E0%A4%A/rejections.csv', { method: 'GET' }), 400, 'BAD_REQUEST');
});

test('the server logged each client mistake as one line and printed no stack', () => {
  const out = server.output();
  assert.doesNotMatch(out, /\n\s+at .+:\d+:\d+/, 'no stack frame in the output');
  assert.doesNotMatch(out, /"stack"/);
  const lines = out.split('\n').filter((l) => l.includes('The request body is not valid JSON'));
  assert.equal(lines.length, 2, out.slice(-2000));
  for (const line of lines) assert.match(JSON.parse(line).path as string, /^\/graphql$/);
});
