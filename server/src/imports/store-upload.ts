import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { importTuning } from '../config';
import { BadFileError, SNIFF_BYTES, looksBinary } from './sniff';

/** Larger uploads are refused while streaming (the issue asks for at least 500 MB). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export class TooLargeError extends Error {}

export interface StoredUpload {
  path: string;
  size: number;
  contentHash: string;
}

/** Where uploads wait for their import; PACER_IMPORT_DIR lets a deployment choose a bigger disk. */
export function uploadDir(): string {
  return importTuning().PACER_IMPORT_DIR ?? join(tmpdir(), 'pacer-imports');
}

/**
 * Streams a request body to disk while hashing it (sha256, for "same file again") and
 * checking its first bytes: a binary file is refused as soon as its first 64 KB arrived,
 * not after 500 MB. Memory use is one chunk whatever the size.
 */
export async function storeUpload(body: Readable): Promise<StoredUpload> {
  await mkdir(uploadDir(), { recursive: true });
  const path = join(uploadDir(), `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  let head: Buffer[] = [];
  let headSize = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) return cb(new TooLargeError(`the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`));
      hash.update(chunk);
      if (headSize < SNIFF_BYTES) {
        head.push(chunk);
        headSize += chunk.length;
        if (headSize >= SNIFF_BYTES && looksBinary(Buffer.concat(head).subarray(0, SNIFF_BYTES)))
          return cb(new BadFileError('this is a binary file, not CSV, TXT or JSON text'));
        if (headSize >= SNIFF_BYTES) head = [];
      }
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      if (size === 0) return cb(new BadFileError('the file is empty'));
      if (headSize < SNIFF_BYTES && looksBinary(Buffer.concat(head)))
        return cb(new BadFileError('this is a binary file, not CSV, TXT or JSON text'));
      cb();
    },
  });
  try {
    await pipeline(body, check, createWriteStream(path));
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  return { path, size, contentHash: hash.digest('hex') };
}
