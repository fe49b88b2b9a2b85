import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import type { Principal } from '../auth/principal';
import { ImportJob } from '../entities/import-job.entity';
import type { EventBus } from '../events/event-bus';
import { badInput, conflict, notFound } from '../errors/app-error';
import { logger } from '../logger';
import { planImport, type ImportChoices } from './import-plan';
import type { ImportSpec } from './import-spec';
import { ImportStatus, type ImportTarget } from './import-types';
import { runImport } from './run-import';
import { trackImport } from './running-imports';
import { BadFileError } from './sniff';
import { targetRules } from './target-rules';

export async function loadJob(em: EntityManager, principal: Principal, id: string): Promise<ImportJob> {
  const job = isUUID(id) ? await em.findOne(ImportJob, { id, tenant: principal.tenantId }) : null;
  if (!job) throw notFound('Import', id);
  return job;
}

/** The same bytes already went (or are going) into this target. */
async function earlierImport(em: EntityManager, job: ImportJob, target: ImportTarget): Promise<ImportJob | null> {
  // Importing a DNC file twice only renews its entries: nothing to warn about.
  if (target.kind === 'dnc') return null;
  return em.findOne(
    ImportJob,
    {
      tenant: job.tenant,
      contentHash: job.contentHash,
      id: { $ne: job.id },
      status: { $in: [ImportStatus.RUNNING, ImportStatus.COMPLETED] },
      ...(target.kind === 'campaign' ? { campaignId: target.campaignId } : { listId: target.listId }),
    },
    { orderBy: { createdAt: 'desc' } },
  );
}

/**
 * Starts importing an uploaded file. Everything that can be known from the file's first
 * 64 KB is checked here, so a wrong file fails this call (BAD_USER_INPUT, nothing imported)
 * instead of a background job. The rows are then read in the background; follow them with
 * importJob / importProgress.
 */
export async function startImport(
  deps: { em: EntityManager; bus: EventBus },
  principal: Principal,
  uploadId: string,
  target: ImportTarget,
  choices: ImportChoices,
  force: boolean,
): Promise<ImportJob> {
  const { em } = deps;
  const job = await loadJob(em, principal, uploadId);
  if (job.status !== ImportStatus.UPLOADED || !job.filePath)
    throw conflict(`Import ${job.id} is ${job.status}; upload the file again to import it again`);
  const rules = await targetRules(em, principal, target);
  const earlier = await earlierImport(em, job, target);
  if (earlier && !force) {
    throw conflict(
      `this file was already imported into this ${target.kind} (import ${earlier.id}, ${earlier.createdAt.toISOString()}); pass force: true to import it again`,
      { importId: earlier.id },
    );
  }
  let spec: ImportSpec;
  try {
    const plan = await planImport(job.filePath, job.fileName, Number(job.fileSize), choices, rules, 20);
    spec = {
      options: plan.options,
      rules,
      skipFirstRow: plan.skipFirstRow,
      mapping: plan.mapping,
      target,
      actor: { kind: principal.kind, id: principal.id, label: principal.label },
    };
  } catch (err) {
    if (!(err instanceof BadFileError)) throw err;
    await em.nativeUpdate(
      ImportJob,
      { id: job.id },
      { status: ImportStatus.FAILED, error: err.message, finishedAt: new Date(), filePath: null },
    );
    throw badInput('file', err.message);
  }
  // Conditional: two concurrent starts of one upload cannot both win.
  const won = await em.nativeUpdate(
    ImportJob,
    { id: job.id, status: ImportStatus.UPLOADED },
    {
      status: ImportStatus.RUNNING,
      startedAt: new Date(),
      options: spec as unknown as Record<string, unknown>,
      format: spec.options.format,
      campaignId: target.kind === 'campaign' ? target.campaignId : null,
      listId: target.kind === 'list' ? target.listId : null,
    },
  );
  if (won === 0) throw conflict(`Import ${job.id} was started already`);
  const ref = { id: job.id, tenantId: principal.tenantId, filePath: job.filePath, fileSize: Number(job.fileSize) };
  const databaseUrl = em.config.get('clientUrl') ?? '';
  const run = runImport({ databaseUrl, em: em.fork(), bus: deps.bus }, ref, spec).catch((err: unknown) =>
    logger.error({ err, importId: job.id }, 'import crashed'),
  );
  trackImport(job.id, run);
  await em.refresh(job);
  return job;
}
