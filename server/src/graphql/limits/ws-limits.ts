import { GraphQLError, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { limitRules, type OperationLimits } from './operation-limits';
import { preflight } from './preflight';

/**
 * graphql-ws's onSubscribe with the same limits as HTTP, checked before graphql-js's own
 * validation. Errors are sent as the operation's `error` message (through useServer's onError,
 * so formatted like HTTP) and nothing runs: not even the context is made.
 */
export function wsLimits(
  schema: GraphQLSchema,
  limits: OperationLimits,
): (ctx: unknown, id: string, payload: SubscribePayload) => ExecutionArgs | readonly GraphQLError[] {
  const rules = limitRules(limits);
  return (_ctx, _id, payload) => {
    const checked = preflight(schema, payload.query, payload.variables, payload.operationName, limits, rules);
    if (checked.refusal) return [checked.refusal];
    if (!checked.document) return [checked.syntaxError ?? new GraphQLError('Syntax Error: the document cannot be read')];
    const invalid = validate(schema, checked.document, specifiedRules);
    if (invalid.length > 0) return invalid;
    return { schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
