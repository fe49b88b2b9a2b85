import { getOperationAST, Kind, print, type ExecutionArgs } from 'graphql';
import stringify from 'safe-stable-stringify';
import type { Principal } from '../../auth/principal';

/**
 * What a subscriber does when its connection cannot keep up: `latest` keeps only the newest
 * message (a wallboard, a status or a progress bar is worth nothing once a newer one exists);
 * `queue` keeps every message, up to a bound, then the subscription is dropped with a reason.
 */
export type SlowPolicy = 'latest' | 'queue';

/** Root fields whose resolvers read nothing of the caller but its tenant and permissions. */
const TENANT_SCOPED: ReadonlySet<string> = new Set(['callEvents', 'wallboard', 'dialerStatus', 'campaignChanged', 'agentStateChanged']);
const LATEST_ONLY: ReadonlySet<string> = new Set(['wallboard', 'dialerStatus', 'importProgress']);

export interface Share {
  /** Subscriptions with equal keys get byte-for-byte the same messages: they share one execution. */
  key: string;
  field: string;
  policy: SlowPolicy;
}

/**
 * The sharing key of a subscription: who may see what (tenant, permissions, and the caller
 * itself for fields that read more than the tenant, such as myCalls) plus what was asked
 * (document, operation, variables). Anything the key leaves out must not change a resolver's
 * answer, or one subscriber would see another's data; null when the operation's root is not a
 * plain field (it then runs on its own, as before).
 */
export function shareOf(args: ExecutionArgs, principal: Principal | null): Share | null {
  const op = getOperationAST(args.document, args.operationName);
  const root = op?.selectionSet.selections;
  if (!op || op.operation !== 'subscription' || root?.length !== 1 || root[0]?.kind !== Kind.FIELD) return null;
  const field = root[0].name.value;
  const who = principal
    ? [
        `tenant:${principal.tenantId}`,
        `role:${principal.role ?? ''}`,
        `perms:${[...principal.permissions].sort().join(',')}`,
        TENANT_SCOPED.has(field) ? '' : `caller:${principal.kind}:${principal.id}`,
      ].join('|')
    : 'anonymous';
  const what = [print(args.document), args.operationName ?? '', stringify(args.variableValues ?? {})].join('\n');
  return { key: `${who}\n${what}`, field, policy: LATEST_ONLY.has(field) ? 'latest' : 'queue' };
}
