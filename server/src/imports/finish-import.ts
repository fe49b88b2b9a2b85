import type { Client } from 'pg';
import type { EventBus } from '../events/event-bus';
import type { CampaignChangedPayload } from '../events/topics';
import type { ImportCounters } from './import-progress';
import type { ImportSpec } from './import-spec';
import { ImportStatus } from './import-types';
import type { ImportTotals } from './move-chunk';
import { BadFileError } from './sniff';

interface JobRef {
  id: string;
  tenantId: string;
}

/** The target is locked and checked again: it may have changed while the file was read. */
async function lockTarget(client: Client, spec: ImportSpec, tenantId: string): Promise<{ status: string; runState: string | null } | null> {
  // A DNC list is rows of the tenant's own, nothing to lock or check again.
  if (spec.target.kind === 'dnc') return null;
  if (spec.target.kind === 'list') {
    const r = await client.query<{ status: string }>('select status from recipient_list where id = $1 and tenant_id = $2 for update', [
      spec.target.listId,
      tenantId,
    ]);
    if (!r.rows[0]) throw new BadFileError('the list was deleted during the import');
    if (r.rows[0].status !== 'ACTIVE') throw new BadFileError('the list was disabled during the import');
    return null;
  }
  const r = await client.query<{ status: string; run_state: string | null; is_template: boolean }>(
    'select status, run_state, is_template from campaign where id = $1 and tenant_id = $2 and deleted_at is null for update',
    [spec.target.campaignId, tenantId],
  );
  const row = r.rows[0];
  if (!row) throw new BadFileError('the campaign was deleted during the import');
  if (row.status === 'TERMINATED') throw new BadFileError('the campaign was terminated during the import');
  return { status: row.status, runState: row.run_state };
}

/**
 * Ends the one transaction of an import: the target is checked again under lock, the job
 * COMPLETED with its counts, a line added to the campaign's history (a DNC list: the audit
 * log); published after commit.
 */
export async function commitImport(
  client: Client,
  bus: EventBus,
  job: JobRef,
  spec: ImportSpec,
  counters: ImportCounters,
  totals: ImportTotals,
): Promise<void> {
  const campaign = await lockTarget(client, spec, job.tenantId);
  Object.assign(counters, totals);
  await client.query(
    `update import_job set status = $2, rows_read = $3, bytes_read = file_size, imported = $4, merged = $5,
      rejected = $6, flagged_dnc = $7, finished_at = now(), file_path = null where id = $1`,
    [job.id, ImportStatus.COMPLETED, counters.rowsRead, totals.imported, totals.merged, totals.rejected, totals.flaggedDnc],
  );
  const at = new Date().toISOString();
  if (spec.target.kind === 'campaign' && campaign) {
    await client.query(
      `insert into campaign_event (tenant_id, campaign_id, at, actor_kind, actor_id, actor_label, action, details)
      values ($1, $2, $3, $4::actor_kind, $5, $6, 'RECIPIENTS_IMPORTED', $7)`,
      [
        job.tenantId,
        spec.target.campaignId,
        at,
        spec.actor.kind,
        spec.actor.id,
        spec.actor.label,
        JSON.stringify({ importId: job.id, ...totals }),
      ],
    );
  }
  if (spec.target.kind === 'dnc') {
    // The audit entry recordAudit (commands/audit) would write, here on the import's own pg
    // client and transaction: who put how many numbers on which list (issue 21).
    await client.query(
      `insert into audit_entry (tenant_id, actor_kind, actor_id, actor_label, actor_tenant_id, action, target_type, target_id, changes, at)
      values ($1, $2::actor_kind, $3, $4, $1, 'DNC_LIST_IMPORTED', 'DncList', $5, $6, $7)`,
      [
        job.tenantId,
        spec.actor.kind,
        spec.actor.id,
        spec.actor.label,
        spec.target.listName,
        JSON.stringify({ importId: job.id, added: totals.imported, renewed: totals.merged, rejected: totals.rejected }),
        at,
      ],
    );
  }
  await client.query('commit');
  if (spec.target.kind === 'campaign' && campaign) {
    const payload: CampaignChangedPayload = {
      tenantId: job.tenantId,
      campaignId: spec.target.campaignId,
      status: campaign.status as CampaignChangedPayload['status'],
      runState: campaign.runState as CampaignChangedPayload['runState'],
      action: 'RECIPIENTS_IMPORTED',
      at,
    };
    await bus.publish('CAMPAIGN_CHANGED', payload);
  }
}
