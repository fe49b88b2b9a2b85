import { TIME_GATES, type TimeGate } from '../domain/recipient/time-gates';

/**
 * The recipient's time gates (domain/recipient/time-gates.ts) compiled to SQL, so the claim
 * statement and the waiting-reason counts hold recipients back by the very list the planner's
 * gate walks. Each `?` is the same instant, `now`.
 */
const COLUMN: Record<TimeGate['field'], string> = {
  expireAt: 'expire_at',
  notAfter: 'not_after',
  notBefore: 'not_before',
  callbackAt: 'callback_at',
  nextAttemptAt: 'next_attempt_at',
};

export interface GateSql {
  sql: string;
  params: unknown[];
}

/** Expressions standing in for a column (the abandon rest widens not_before). */
export type ColumnOverrides = Partial<Record<TimeGate['field'], string>>;

/** The column (or override) a gate reads, on table alias `r`. */
export function gateColumn(gate: TimeGate, overrides: ColumnOverrides = {}): string {
  return overrides[gate.field] ?? `r.${COLUMN[gate.field]}`;
}

function condition(gate: TimeGate, now: Date, overrides: ColumnOverrides): GateSql {
  const col = gateColumn(gate, overrides);
  const state = gate.states === 'ALL' ? '' : gate.states === 'SCHEDULED' ? `r.state = 'SCHEDULED' and ` : `r.state <> 'SCHEDULED' and `;
  const cmp = gate.blocks === 'REACHED' ? `${col} <= ?` : `${col} > ?`;
  const test = gate.nullBlocks ? `(${col} is null or ${cmp})` : cmp;
  // coalesce: a NULL instant must read as "does not hold", also under NOT (…).
  return { sql: `coalesce(${state}${test}, false)`, params: [now] };
}

/** `case when … then 'NOT_YET' … end`: the first gate holding the row back at `now`, else null. */
export function gateReasonSql(now: Date, overrides: ColumnOverrides = {}): GateSql {
  const parts = TIME_GATES.map((g) => condition(g, now, overrides));
  return {
    sql: `(case ${parts.map((p, i) => `when ${p.sql} then '${TIME_GATES[i]?.reason ?? ''}'`).join(' ')} end)`,
    params: parts.flatMap((p) => p.params),
  };
}

/** True when no time gate holds the row back at `now` (the claim's guard). */
export function gatesOpenSql(now: Date): GateSql {
  const parts = TIME_GATES.map((g) => condition(g, now, {}));
  return { sql: `not (${parts.map((p) => p.sql).join(' or ')})`, params: parts.flatMap((p) => p.params) };
}
