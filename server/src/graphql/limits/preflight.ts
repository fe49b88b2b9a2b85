import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { costRefusal } from './cost-model';
import { limitRules, tokenLimitError, type OperationLimits } from './operation-limits';

export interface Preflight {
  /** The parsed document, when it parsed. */
  document: DocumentNode | null;
  /** The limit it goes past, or null: it may go on to full validation. */
  refusal: GraphQLError | null;
  /** A syntax error that is not a limit (reported as such by whoever validates next). */
  syntaxError: GraphQLError | null;
}

/**
 * The limits alone, cheapest first: parse with the token limit, then only the limit rules
 * (single counting walks), then the cost. graphql-js's own validation, which costs more on a
 * large document, runs only on what passed. Used before Apollo (limits-preflight.ts) and by
 * graphql-ws (ws-limits.ts).
 */
export function preflight(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  limits: OperationLimits,
  rules: ValidationRule[] = limitRules(limits),
): Preflight {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens });
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    const refusal = tokenLimitError(err);
    return { document: null, refusal, syntaxError: refusal ? null : err };
  }
  const refused = validate(schema, document, rules);
  if (refused.length > 0) return { document, refusal: refused[0] ?? null, syntaxError: null };
  return { document, refusal: costRefusal(schema, document, variables ?? undefined, operationName, limits), syntaxError: null };
}
