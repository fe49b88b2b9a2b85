import type { Client } from 'pg';
import type { ImportSpec } from './import-spec';
import { moveToCampaign, type OptimisticMoves } from './move-to-campaign';
import { moveToDnc } from './move-to-dnc';
import { moveToList } from './move-to-list';

/** What the moves so far did (all of it still uncommitted). */
export interface ImportTotals {
  imported: number;
  merged: number;
  rejected: number;
  flaggedDnc: number;
}

/**
 * Moves one staged chunk into place inside the import's transaction and records its rejected
 * rows, then empties the staging table for the next chunk. Earlier chunks are already in the
 * target, so "already in this campaign" covers duplicates across chunks too.
 */
export async function moveChunk(
  client: Client,
  jobId: string,
  tenantId: string,
  spec: ImportSpec,
  totals: ImportTotals,
  firstChunk: boolean,
  optimistic: OptimisticMoves,
): Promise<void> {
  // Column statistics of the first chunk serve the later ones (analyze costs ~0.3 s a chunk).
  if (firstChunk) await client.query('analyze import_stage');
  const { onDuplicate, onDnc } = spec.options;
  const { target } = spec;
  const moved =
    target.kind === 'campaign'
      ? await moveToCampaign(client, target.campaignId, tenantId, onDuplicate, onDnc, optimistic)
      : target.kind === 'list'
        ? await moveToList(client, target.listId, tenantId, onDuplicate, onDnc, firstChunk)
        : await moveToDnc(client, tenantId, target.listName);
  const rejected = await client.query(
    `insert into import_rejection (job_id, row_no, column_name, code, reason, original_line)
    select $1, row_no, column_name, code::import_reject_code, reason, original_line from import_stage
    where code is not null and code <> 'MERGED' order by row_no`,
    [jobId],
  );
  totals.imported += moved.imported;
  totals.merged += moved.merged;
  totals.flaggedDnc += moved.flaggedDnc;
  totals.rejected += rejected.rowCount ?? 0;
  await client.query('truncate import_stage');
}
