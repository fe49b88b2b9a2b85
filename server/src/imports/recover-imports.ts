import type { EntityManager } from '@mikro-orm/postgresql';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sqlArray } from '../db/sql-array';
import { ImportStatus } from './import-types';
import { uploadDir } from './store-upload';

/** Uploads never started are dropped after this long (their files take disk). */
const UPLOAD_TTL_HOURS = 24;

/** A running import writes a chunk file every second or so; a spool folder this quiet is a dead one's. */
const SPOOL_STALE_MS = 60 * 60 * 1000;

/** COPY chunk folders (chunked-copy) left by an import whose process died. */
async function removeStaleSpools(): Promise<void> {
  const dir = uploadDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith('chunks-'))
      .map(async (n) => {
        const path = join(dir, n);
        const info = await stat(path).catch(() => null);
        if (info && Date.now() - info.mtimeMs > SPOOL_STALE_MS) await rm(path, { recursive: true, force: true });
      }),
  );
}

/**
 * Housekeeping for startup (and any periodic tick): an import whose connection is gone died
 * with its process; its transaction rolled back, so it imported nothing and is marked FAILED.
 * Safe with several processes: a running import is recognised by its connection's
 * application_name, whichever process owns it. Stale uploads and spool folders are removed from disk.
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
  await removeStaleSpools();
  return { interrupted: interrupted.length, expired: expired.length };
}
