import type { EntityManager } from '@mikro-orm/postgresql';
import { dncBlocks } from '../db/dnc-match';
import { asJson, CLAIMABLE_STATES, rows } from './sql-rows';
import { gatesOpenSql } from './time-gates-sql';

const CLAIMABLE = CLAIMABLE_STATES.map((s) => `'${s}'`).join(', ');

/** One originate the planner decided, with the call id the runner chose for it. */
export interface ClaimRequest {
  callId: string;
  recipientId: string;
  campaignId: string;
  tenantId: string;
  number: string;
  gatewayId: string | null;
}

/** What a claim learns of each claimed call beyond its id. */
export interface ClaimExtras {
  /** A due callback whose *Schedule* cell named an extension. */
  callbackExtension?: string;
  /** The recipient's fields, when its campaign sends them to the switch (sendRecipientFields). */
  recipientFields?: Record<string, string>;
}

/**
 * Claims recipients and writes their attempts in one statement (and so one transaction):
 * a recipient moves to DIALING only from a claimable state whose time gates are open (the
 * planner's own list, domain/recipient/time-gates.ts), only while its campaign is
 * RUNNING (and its tenant not suspended) and only if the number to dial is on none of the campaign's DNC lists now (the
 * planner skipped DNC numbers; this catches an entry added since the snapshot); the attempt row
 * exists before the originate is sent, so a crash can be reconciled instead of redialed. The
 * attempt's number is the recipient's attempts_made as this update raised it: the row lock of
 * the update orders concurrent claims, and a unique index keeps one attempt per number.
 * Returns the call ids that were claimed; the others lost a race and are simply skipped.
 */
export async function claimAndRecord(
  em: EntityManager,
  requests: readonly ClaimRequest[],
  node: string,
  now: Date,
  /** Filled, per claimed call id, with its callback extension and the recipient fields it carries. */
  extras?: Map<string, ClaimExtras>,
): Promise<Set<string>> {
  if (requests.length === 0) return new Set();
  const want = asJson(
    requests.map((r) => ({
      rid: r.recipientId,
      call_id: r.callId,
      campaign_id: r.campaignId,
      tenant_id: r.tenantId,
      number: r.number,
      gateway_id: r.gatewayId,
    })),
  );
  // The planner's time gates again, at claim time: a retry or callback moved since the snapshot is not dialed early.
  const gates = gatesOpenSql(now);
  const claimed = await rows<{ call_id: string; callback_extension: string | null; fields: Record<string, unknown> | null }>(
    em,
    `
    with want as (
      select * from jsonb_to_recordset(?::jsonb)
        as w(rid bigint, call_id uuid, campaign_id uuid, tenant_id uuid, number text, gateway_id uuid)),
    callback as (
      select r.id, r.callback_extension from campaign_recipient r join want w on w.rid = r.id
      where r.state = 'SCHEDULED' and r.callback_extension is not null and r.callback_extension <> ''),
    claimed as (
      update campaign_recipient r set state = 'DIALING', last_attempt_at = ?, updated_at = ?, attempts_made = r.attempts_made + 1
      from want w
      where r.id = w.rid and r.campaign_id = w.campaign_id and r.state in (${CLAIMABLE})
        and ${gates.sql}
        and exists (select 1 from campaign c join tenant t on t.id = c.tenant_id and t.status = 'ACTIVE'
                    where c.id = r.campaign_id and c.status = 'RUNNING'
                    and not ${dncBlocks({ tenant: 'c.tenant_id', number: 'w.number', lists: 'c.dnc_lists', at: '?::timestamptz' })})
      returning r.id, r.attempts_made, r.fields, r.campaign_id),
    inserted as (
      insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, gateway_id, node, created_at, abandoned, counted)
      select w.call_id, w.campaign_id, w.rid, c.attempts_made,
        w.number, w.gateway_id, ?, ?, false, true
      from want w join claimed c on c.id = w.rid
      returning call_id, recipient_id)
    select i.call_id, cb.callback_extension, case when cm.send_recipient_fields then c.fields end as fields
    from inserted i join claimed c on c.id = i.recipient_id join campaign cm on cm.id = c.campaign_id
    left join callback cb on cb.id = i.recipient_id`,
    [want, now, now, ...gates.params, now, node, now],
  );
  for (const c of claimed) {
    const extra: ClaimExtras = {};
    if (c.callback_extension) extra.callbackExtension = c.callback_extension;
    if (c.fields) extra.recipientFields = fieldTexts(c.fields);
    extras?.set(c.call_id, extra);
  }
  return new Set(claimed.map((c) => c.call_id));
}

/** Fields as texts: API `variables` may have stored numbers or booleans (JSON). */
function fieldTexts(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return out;
}

/** Recipients whose every number is on a DNC list that applies: suppressed, never dialed. Returns the ids moved. */
export async function suppressDnc(em: EntityManager, recipientIds: readonly string[], now: Date): Promise<string[]> {
  if (recipientIds.length === 0) return [];
  const r = await rows<{ id: string }>(
    em,
    `
    update campaign_recipient set state = 'DNC', updated_at = ?
    where id = any(?::bigint[]) and state in ('READY', 'RETRY_WAIT', 'SCHEDULED', 'WAITING_AGENT', 'FAILED', 'STOPPED')
    returning id`,
    [now, `{${recipientIds.join(',')}}`],
  );
  return r.map((x) => String(x.id));
}

/** Planner expire/stop actions: conditional moves from the waiting states only. Returns the ids moved. */
export async function moveWaiting(
  em: EntityManager,
  recipientIds: readonly string[],
  state: 'EXPIRED' | 'STOPPED',
  now: Date,
): Promise<string[]> {
  if (recipientIds.length === 0) return [];
  const r = await rows<{ id: string }>(
    em,
    `
    update campaign_recipient set state = ?::recipient_state, updated_at = ?
    where id = any(?::bigint[]) and state in ('READY', 'RETRY_WAIT', 'SCHEDULED', 'WAITING_AGENT')
    returning id`,
    [state, now, `{${recipientIds.join(',')}}`],
  );
  return r.map((x) => String(x.id));
}
