import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { costRefusal } from './cost-model';
import { limitRules, tokenLimitError, type OperationLimits } from './operation-limits';

/**
 * graphql-ws's onSubscribe with the same limits as HTTP: parse with the token limit, validate
 * with graphql-js's rules plus the limits, then the cost. Errors are sent as the operation's
 * `error` message (through useServer's onError, so formatted like HTTP) and nothing runs.
 */
export function wsLimits(
  schema: GraphQLSchema,
  limits: OperationLimits,
): (ctx: unknown, id: string, payload: SubscribePayload) => ExecutionArgs | readonly GraphQLError[] {
  const rules = [...specifiedRules, ...limitRules(limits)];
  return (_ctx, _id, payload) => {
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: limits.maxTokens });
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      return [tokenLimitError(err) ?? err];
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length > 0) return invalid;
    const refused = costRefusal(schema, document, payload.variables ?? undefined, payload.operationName, limits);
    if (refused) return [refused];
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  };
}
