import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { tooComplex, type OperationLimits } from './operation-limits';

/**
 * The cost of an operation, estimated before it runs (graphql-query-complexity):
 * - every field costs 1, plus what it selects;
 * - a paged list (a field with `first`) costs its selection once per item asked for, so
 *   `campaigns(first: 500)` costs ten times `campaigns(first: 50)`;
 * - aggregates cost more: the weights below, set on their fields with type-graphql's
 *   `complexity` option (they scan recipients, calls or files, not one row).
 * The weights are relative; PACER_GRAPHQL_MAX_COST is the budget.
 */
export const COST = {
  /** A count per campaign or list (recipientCounts, contactCount): one GROUP BY over its rows. */
  count: 10,
  /** The dialer's status for a tenant: a few counts over calls and recipients. */
  status: 20,
  /** Statistics over campaigns (campaignStatistics): several aggregates over every recipient and call. */
  statistics: 200,
  /** The detailed report (recipientReport): a filtered walk of a campaign's recipients with their last attempt. */
  report: 50,
  /** A wallboard's last hour (wallboardHistory): one pass over the span's calls. */
  history: 50,
  /** Reading and parsing the head of an uploaded file (importPreview). */
  filePreview: 100,
} as const;

/** A field with a `first` argument: its own weight (1 unless set) plus its selection per item. */
const pagedListEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const first: unknown = args.first;
  if (typeof first !== 'number') return undefined;
  const own: unknown = field.extensions?.complexity;
  return (typeof own === 'number' ? own : 1) + Math.max(first, 0) * childComplexity;
};

const estimators: ComplexityEstimator[] = [pagedListEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/** Fields walked at most (fragments counted each time they are spread: a "fragment bomb" stops here). */
const MAX_NODES = 10_000;

/**
 * The estimated cost of one operation with its variables: Infinity past MAX_NODES; null when
 * the variables do not fit the operation or it is not in the document (execution then refuses
 * it itself, before any resolver runs).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators,
      maxQueryNodes: MAX_NODES,
    });
  } catch (err) {
    if (err instanceof Error && /maximum allowed number of nodes/.test(err.message)) return Number.POSITIVE_INFINITY;
    return null;
  }
}

/** The cost refusal when the operation is over budget; null when it may run. */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
  limits: Pick<OperationLimits, 'maxCost'>,
): GraphQLError | null {
  const cost = operationCost(schema, document, variables, operationName);
  if (cost === null || cost <= limits.maxCost) return null;
  return tooComplex('cost', limits.maxCost, Number.isFinite(cost) ? cost : undefined);
}
