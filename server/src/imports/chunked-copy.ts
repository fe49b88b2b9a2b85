import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { importTuning } from '../config';
import { logger } from '../logger';
import { COPY_STAGE } from './stage-table';

function countRows(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The end of the import pipeline: COPY text gathered into chunks of `chunkRows` rows; each
 * chunk is COPYed into the staging table and moved into place while the next chunk is read
 * and validated. Reading (CPU in Node) and moving (CPU in PostgreSQL) so overlap, and at most
 * two chunks of text are in memory. All on one connection, in one transaction.
 */
export function chunkedCopy(client: Client, chunkRows: number, move: () => Promise<void>): (source: AsyncIterable<string>) => Promise<void> {
  const trace = importTuning().PACER_IMPORT_TRACE === '1' ? (what: string, since: number) => logger.info({ ms: Date.now() - since }, `import ${what}`) : null;
  const flush = async (texts: string[]): Promise<void> => {
    const t = Date.now();
    await pipeline(Readable.from(texts), client.query(copyFrom(COPY_STAGE)));
    trace?.('chunk copied', t);
    await move();
    trace?.('chunk copied and moved', t);
  };
  return async (source) => {
    let buf: string[] = [];
    let rows = 0;
    let moving: Promise<void> = Promise.resolve();
    for await (const text of source) {
      buf.push(text);
      rows += countRows(text);
      if (rows < chunkRows) continue;
      const w = Date.now();
      await moving;
      trace?.('waited for the previous chunk', w);
      const texts = buf;
      buf = [];
      rows = 0;
      moving = flush(texts);
      moving.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
    }
    await moving;
    if (buf.length > 0) await flush(buf);
  };
}
