import type { EntityManager } from '@mikro-orm/postgresql';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { Principal } from '../auth/principal';
import { ImportJob } from '../entities/import-job.entity';
import { Tenant } from '../entities/tenant.entity';
import { readSample } from './import-plan';
import { decodeSample, detectCharset, detectFormat } from './sniff';
import { storeUpload } from './store-upload';

/** Stores an uploaded file and records it as an UPLOADED import job of the caller's tenant. */
export async function createUpload(em: EntityManager, principal: Principal, body: Readable, fileName: string): Promise<ImportJob> {
  const stored = await storeUpload(body);
  const sample = await readSample(stored.path);
  const name = basename(fileName || 'upload.csv').slice(0, 200);
  const job = Object.assign(new ImportJob(), {
    tenant: em.getReference(Tenant, principal.tenantId),
    fileName: name,
    filePath: stored.path,
    fileSize: String(stored.size),
    contentHash: stored.contentHash,
    format: detectFormat(name, decodeSample(sample, detectCharset(sample))),
    createdBy: principal.id,
  });
  await em.persist(job).flush();
  return job;
}
