import type { EntityManager } from '@mikro-orm/postgresql';
import { rm } from 'node:fs/promises';
import { sqlArray } from '../db/sql-array';
import { ImportStatus } from './import-types';

/** Uploads never started are dropped after this long (their files take disk). */
const UPLOAD_TTL_HOURS = 24;

/**
 * Housekeeping for startup (and any periodic tick): an import whose connection is gone died
 * with its process; its transaction rolled back, so it imported nothing and is marked FAILED.
 * Safe with several processes: a running import is recognised by its connection's
 * application_name, whichever process owns it. Stale uploads are removed from disk.
 */
export async function recoverImports(em: EntityManager): Promise<{ interrupted: number; expired: number }> {
  const conn = em.getConnection();
  const interrupted = await conn.execute<Array<{ id: string }>>(
    `update import_job j set status = ?, finished_at = now(),
       error = 'the server stopped during the import; nothing was imported: upload the file and start it again'
     where j.status = ? and not exists (
       select 1 from pg_stat_activity a where a.application_name = 'pacer-import-' || left(j.id::text, 8))
     returning j.id`,
    [ImportStatus.FAILED, ImportStatus.RUNNING],
  );
  const expired = await conn.execute<Array<{ id: string; file_path: string | null }>>(
    'select id, file_path from import_job where status = ? and created_at < now() - make_interval(hours => ?)',
    [ImportStatus.UPLOADED, UPLOAD_TTL_HOURS],
  );
  if (expired.length > 0) {
    await conn.execute(
      `update import_job set status = ?, finished_at = now(), error = 'the upload expired before it was imported', file_path = null
       where status = ? and id = any(?::uuid[])`,
      [ImportStatus.FAILED, ImportStatus.UPLOADED, sqlArray(expired.map((e) => e.id))],
    );
    await Promise.all(expired.map((e) => (e.file_path ? rm(e.file_path, { force: true }) : undefined)));
  }
  return { interrupted: interrupted.length, expired: expired.length };
}
