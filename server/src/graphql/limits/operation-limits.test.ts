import 'reflect-metadata';
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { createPubSub } from '@graphql-yoga/subscription';
import { getIntrospectionQuery, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { parseConfig } from '../../config';
import { formatError } from '../format-error';
import { createSchema } from '../schema';
import { apolloLimits } from './apollo-limits';
import { consoleOperations, sampleVariables } from './testing/console-operations';
import { COST, costRefusal, operationCost } from './cost-model';
import { limitRules, operationLimitsOf, QUERY_TOO_COMPLEX, tokenLimitError } from './operation-limits';
import { wsLimits } from './ws-limits';

const defaults = operationLimitsOf(parseConfig({}));
let schema: GraphQLSchema;

before(async () => {
  schema = await createSchema(createPubSub() as never);
});

/** What the limits say of a document at the defaults, as refusals (limit names). */
function refusals(query: string, variables: Record<string, unknown> = {}): string[] {
  const guard = wsLimits(schema, defaults);
  const out = guard(null, '1', { query, variables });
  if (!Array.isArray(out)) return [];
  return (out as readonly GraphQLError[]).map((e) => String(e.extensions.code === QUERY_TOO_COMPLEX ? e.extensions.limit : e.message));
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const nested = (depth: number) => `{ __schema { types { ${'fields { type { '.repeat(depth / 2)}name${' } }'.repeat(depth / 2)} } } }`;

test('the defaults are the documented ones, and each can be changed by its variable', () => {
  assert.deepEqual(defaults, { maxTokens: 5000, maxDepth: 15, maxAliases: 30, maxDirectives: 50, maxCost: 25000 });
  const changed = operationLimitsOf(
    parseConfig({
      PACER_GRAPHQL_MAX_TOKENS: '800',
      PACER_GRAPHQL_MAX_DEPTH: '8',
      PACER_GRAPHQL_MAX_ALIASES: '3',
      PACER_GRAPHQL_MAX_DIRECTIVES: '4',
      PACER_GRAPHQL_MAX_COST: '900',
    }),
  );
  assert.deepEqual(changed, { maxTokens: 800, maxDepth: 8, maxAliases: 3, maxDirectives: 4, maxCost: 900 });
  assert.throws(() => parseConfig({ PACER_GRAPHQL_MAX_DEPTH: 'deep' }), /PACER_GRAPHQL_MAX_DEPTH/);
});

test('every operation of the console fits the defaults, with every page at first: 500, and so does the introspection query', () => {
  const ops = consoleOperations();
  assert.ok(ops.length > 50, `the console's operations were found (${ops.length})`);
  const rules = [...specifiedRules, ...limitRules(defaults)];
  for (const op of ops) {
    assert.deepEqual(validate(schema, op.document, rules), [], op.name);
    const cost = operationCost(schema, op.document, sampleVariables(schema, op.document), undefined);
    assert.ok(cost !== null && cost <= defaults.maxCost / 1.5, `${op.name} costs ${cost}, keep it well under ${defaults.maxCost}`);
  }
  assert.deepEqual(refusals(getIntrospectionQuery()), []);
});

test("the issue's 1,000 aliases of campaigns { nodes { recipientCounts { total } } } are refused at parse, by tokens", () => {
  assert.deepEqual(refusals(aliases(1000, 'campaigns { nodes { recipientCounts { total } } }')), ['tokens']);
});

test('each limit refuses on its own, naming itself', () => {
  assert.deepEqual(refusals(aliases(31, 'me { id }')), ['aliases']);
  assert.deepEqual(refusals(aliases(30, 'me { id }')), []);
  // Ours alone: the limits run before graphql-js's rules (its introspection-depth rule would object too).
  assert.deepEqual(refusals(nested(50)), ['depth']);
  assert.deepEqual(refusals(`{ me { ${Array.from({ length: 51 }, () => 'id @include(if: true)').join(' ')} } }`), ['directives']);
  // 5 pages of 500 campaigns with their counts: few tokens, no aliases past the limit, a large cost.
  assert.deepEqual(refusals(aliases(5, 'campaigns(first: 500) { nodes { recipientCounts { total } } }')), ['cost']);
  // The page size from a variable counts as well.
  const q = 'query($n: Int!) { campaigns(first: $n) { nodes { id name recipientCounts { total ready failed } } } }';
  assert.deepEqual(refusals(q, { n: 50 }), []);
  assert.deepEqual(
    refusals(
      `query($n: Int!) { ${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((a) => `${a}: campaigns(first: $n) { nodes { id name recipientCounts { total ready failed } } }`).join(' ')} }`,
      { n: 500 },
    ),
    ['cost'],
  );
});

test('aggregates cost more than plain fields, and a page costs by its size', () => {
  const cost = (q: string) => operationCost(schema, parse(q), {}, undefined) ?? -1;
  const counts = cost('{ campaigns(first: 10) { nodes { recipientCounts { total } } } }');
  assert.ok(counts - cost('{ campaigns(first: 10) { nodes { id } } }') >= 10 * COST.count, "each row's counts cost their weight");
  assert.ok(cost('{ campaigns(first: 100) { nodes { id } } }') >= cost('{ campaigns(first: 10) { nodes { id } } }') * 9);
  assert.ok(cost('{ campaignStatistics { recipients } }') >= 200);
});

test('a fragment bomb (few tokens, exponential fields) is refused as over the cost, not walked', () => {
  const levels = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Campaign { ...F${i + 1} ...F${i + 1} }`).join(' ');
  const q = `{ campaigns(first: 1) { nodes { ...F0 } } } ${levels} fragment F12 on Campaign { id }`;
  const refused = costRefusal(schema, parse(q), {}, undefined, defaults);
  assert.equal(refused?.extensions.limit, 'cost');
});

test("graphql-js's token-limit message is still the one we translate", () => {
  let err: unknown;
  try {
    parse(aliases(10, 'me { id }'), { maxTokens: 20 });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof GraphQLError);
  assert.equal(tokenLimitError(err)?.extensions.limit, 'tokens');
});

test('Apollo checks the same limits itself (what the HTTP preflight does not see, e.g. persisted queries)', async () => {
  const limited = apolloLimits<BaseContext>(defaults);
  const apollo = new ApolloServer<BaseContext>({
    schema,
    formatError,
    parseOptions: limited.parseOptions,
    validationRules: limited.validationRules,
    plugins: [limited.plugin],
  });
  await apollo.start();
  try {
    const limitOf = async (query: string): Promise<unknown[]> => {
      const res = await apollo.executeOperation({ query });
      assert.equal(res.body.kind, 'single');
      const errors = res.body.kind === 'single' ? (res.body.singleResult.errors ?? []) : [];
      return errors.map((e) => [e.extensions?.code, e.extensions?.limit]);
    };
    assert.deepEqual(await limitOf(aliases(1000, 'campaigns { nodes { recipientCounts { total } } }')), [['QUERY_TOO_COMPLEX', 'tokens']]);
    assert.deepEqual((await limitOf(nested(50)))[0], ['QUERY_TOO_COMPLEX', 'depth']);
    assert.deepEqual(await limitOf(aliases(31, 'me { id }')), [['QUERY_TOO_COMPLEX', 'aliases']]);
    assert.deepEqual(await limitOf(aliases(5, 'campaigns(first: 500) { nodes { recipientCounts { total } } }')), [
      ['QUERY_TOO_COMPLEX', 'cost'],
    ]);
  } finally {
    await apollo.stop();
  }
});
