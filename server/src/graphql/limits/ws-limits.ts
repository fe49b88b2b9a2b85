import { GraphQLError, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import stringify from 'safe-stable-stringify';
import { limitRules, type OperationLimits } from './operation-limits';
import { preflight } from './preflight';

/** Operations whose outcome is remembered (most recently used kept), and the largest document remembered. */
const REMEMBERED = 500;
const REMEMBERED_MAX_CHARS = 8 * 1024;

type Outcome = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * graphql-ws's onSubscribe with the same limits as HTTP, checked before graphql-js's own
 * validation. Errors are sent as the operation's `error` message (through useServer's onError,
 * so formatted like HTTP) and nothing runs: not even the context is made.
 *
 * Thousands of consoles send the same few subscriptions: the outcome of the checks (which
 * depends only on the document, operation and variables, the schema and limits being fixed) is
 * remembered per operation, so a repeated one is neither parsed nor validated again, and every
 * subscriber of it shares one parsed document (graphql-ws keeps the document's operation for
 * the subscription's life: one per subscriber was ~4 KB of tokens each).
 */
export function wsLimits(
  schema: GraphQLSchema,
  limits: OperationLimits,
): (ctx: unknown, id: string, payload: SubscribePayload) => ExecutionArgs | readonly GraphQLError[] {
  const rules = limitRules(limits);
  const remembered = new Map<string, Outcome>();

  const check = (payload: SubscribePayload): Outcome => {
    const checked = preflight(schema, payload.query, payload.variables, payload.operationName, limits, rules);
    if (checked.refusal) return { errors: [checked.refusal] };
    if (!checked.document) return { errors: [checked.syntaxError ?? new GraphQLError('Syntax Error: the document cannot be read')] };
    const invalid = validate(schema, checked.document, specifiedRules);
    return invalid.length > 0 ? { errors: invalid } : { document: checked.document };
  };

  return (_ctx, _id, payload) => {
    let outcome: Outcome;
    if (payload.query.length > REMEMBERED_MAX_CHARS) outcome = check(payload);
    else {
      const key = `${payload.operationName ?? ''}\n${stringify(payload.variables ?? {})}\n${payload.query}`;
      outcome = remembered.get(key) ?? check(payload);
      remembered.delete(key); // re-inserted last: the least recently used is first
      remembered.set(key, outcome);
      if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value as string);
    }
    if ('errors' in outcome) return outcome.errors;
    // A fresh object each time: graphql-ws sets the operation's context and root on it.
    return { schema, document: outcome.document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
