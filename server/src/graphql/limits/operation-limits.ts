import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule, type MaxDepthOptions } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ASTNode, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { Config } from '../../config';

/**
 * What one GraphQL operation may ask for, checked before anything of it runs (over HTTP and
 * graphql-ws alike). Without them one request of 1,000 aliases kept the database busy for
 * seconds. The counting is graphql-armor's (aliases, depth, directives), graphql-js's parser
 * (tokens) and graphql-query-complexity's (cost, see cost-model.ts); this module only turns
 * their refusals into one stable error.
 */
export interface OperationLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost';

/** The error code of a refused operation; `extensions.limit` names the limit, `max` its value. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export function operationLimitsOf(config: Config): OperationLimits {
  return {
    maxTokens: config.PACER_GRAPHQL_MAX_TOKENS,
    maxDepth: config.PACER_GRAPHQL_MAX_DEPTH,
    maxAliases: config.PACER_GRAPHQL_MAX_ALIASES,
    maxDirectives: config.PACER_GRAPHQL_MAX_DIRECTIVES,
    maxCost: config.PACER_GRAPHQL_MAX_COST,
  };
}

const WHAT: Record<LimitName, string> = {
  tokens: 'tokens',
  depth: 'levels of nesting',
  aliases: 'aliases',
  directives: 'directives',
  cost: 'cost',
};

/** The refusal: says which limit, its value and (when known) what the operation had. */
export function tooComplex(limit: LimitName, max: number, found?: number, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  const had = found === undefined ? `more than ${max} ${WHAT[limit]}` : `${found} ${WHAT[limit]}`;
  const message =
    limit === 'cost'
      ? `Query too complex: its estimated cost is ${found ?? 'over ' + max}, the limit is ${max}. Ask for fewer items (a smaller first:) or fewer aggregates.`
      : `Query too complex: it has ${had}, the limit is ${max}. Split it into smaller operations.`;
  return new GraphQLError(message, {
    nodes,
    extensions: { code: QUERY_TOO_COMPLEX, limit, max, ...(found === undefined ? {} : { found }) },
  });
}

/** graphql-armor's own messages end "…exceeded, found N."; the count is all we take from them. */
function foundIn(message: string): number | undefined {
  const m = /found (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

function refuseAs(limit: LimitName, max: number): NonNullable<MaxDepthOptions['onReject']> {
  // Reported as a validation error: armor's default (throwing from the visitor) escapes
  // graphql-js's validate() and would answer 500.
  return [(ctx, err) => ctx?.reportError(tooComplex(limit, max, foundIn(err.message)))];
}

/** Validation rules for depth, aliases and directives: alone first (preflight.ts), and in Apollo beside graphql-js's own. */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    // Introspection counts too (its types nest without end); fragments add no depth of their own.
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      ignoreIntrospection: false,
      flattenFragments: true,
      onReject: refuseAs('depth', limits.maxDepth),
    }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: refuseAs('aliases', limits.maxAliases) }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: refuseAs('directives', limits.maxDirectives) }),
  ];
}

/**
 * graphql-js stops parsing at `maxTokens` with this message (parse options, Apollo's and ours);
 * 16.x spells it "more that", a later version may fix it.
 */
const TOKENS = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;

/** A parse failure that is the token limit, as the limit's refusal; anything else: null. */
export function tokenLimitError(err: GraphQLError): GraphQLError | null {
  const m = TOKENS.exec(err.message);
  return m ? tooComplex('tokens', Number(m[1])) : null;
}

/**
 * For formatError: a refusal as clients get it, whichever way it came. Apollo re-codes what a
 * validation rule reported as GRAPHQL_VALIDATION_FAILED (keeping our error as originalError and
 * our extensions), and reports the token limit as a parse failure. Null: not a refusal.
 */
export function asLimitRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const own = error instanceof GraphQLError && error.extensions.code === QUERY_TOO_COMPLEX;
  const wrapped =
    error instanceof GraphQLError &&
    error.originalError instanceof GraphQLError &&
    error.originalError.extensions.code === QUERY_TOO_COMPLEX;
  if (own || wrapped)
    return { message: formatted.message, locations: formatted.locations, extensions: { ...formatted.extensions, code: QUERY_TOO_COMPLEX } };
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return null;
  const refused = tokenLimitError(new GraphQLError(formatted.message));
  return refused ? { message: refused.message, extensions: { ...refused.extensions } } : null;
}
