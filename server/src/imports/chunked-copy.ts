import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { importTuning } from '../config';
import { logger } from '../logger';
import { COPY_STAGE } from './stage-table';
import { uploadDir } from './store-upload';

function countRows(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Chunks read and spooled ahead of the one being moved (each ~10 MB of disk at 50,000 rows). */
const AHEAD = 3;

async function finish(out: WriteStream): Promise<void> {
  if (out.writableFinished) return;
  out.end();
  await once(out, 'finish');
}

/**
 * The end of the import pipeline: COPY text spooled to a file per chunk of `chunkRows` rows;
 * each full chunk is COPYed into the staging table and moved into place while the next ones
 * are read and validated. Reading (CPU in Node) and moving (CPU in PostgreSQL) so overlap. The
 * chunks wait on disk, not in the heap: held in memory, two chunks of text were promoted to
 * V8's old space and the heap grew well past what the import needs. All on one connection,
 * in one transaction.
 */
export function chunkedCopy(
  client: Client,
  chunkRows: number,
  move: () => Promise<void>,
): (source: AsyncIterable<string>) => Promise<void> {
  const trace =
    importTuning().PACER_IMPORT_TRACE === '1'
      ? (what: string, since: number) => logger.info({ ms: Date.now() - since }, `import ${what}`)
      : null;
  const flush = async (path: string): Promise<void> => {
    const t = Date.now();
    await pipeline(createReadStream(path, { highWaterMark: 256 * 1024 }), client.query(copyFrom(COPY_STAGE)));
    trace?.('chunk copied', t);
    await move();
    trace?.('chunk copied and moved', t);
  };
  return async (source) => {
    await mkdir(uploadDir(), { recursive: true });
    const dir = await mkdtemp(join(uploadDir(), 'chunks-'));
    let n = 0;
    let path = join(dir, `${n}.copy`);
    let out = createWriteStream(path);
    let rows = 0;
    // Chunks are moved one after the other (one connection); reading may run AHEAD chunks in
    // front, so neither side waits on the other's slow chunk.
    let moving: Promise<void> = Promise.resolve();
    const queued: Array<Promise<void>> = [];
    let aborted = false; // a failed read skips the chunks still queued: the transaction rolls back anyway
    try {
      for await (const text of source) {
        if (!out.write(text)) await once(out, 'drain');
        rows += countRows(text);
        if (rows < chunkRows) continue;
        await finish(out);
        const full = path;
        moving = moving.then(() => (aborted ? undefined : flush(full))).finally(() => rm(full, { force: true }));
        moving.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
        queued.push(moving);
        const w = Date.now();
        while (queued.length > AHEAD) await queued.shift();
        trace?.('waited for the database', w);
        path = join(dir, `${++n}.copy`);
        out = createWriteStream(path);
        rows = 0;
      }
      await finish(out);
      await moving;
      if (rows > 0) await flush(path);
    } catch (err) {
      aborted = true;
      throw err;
    } finally {
      out.destroy();
      await moving.catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  };
}
