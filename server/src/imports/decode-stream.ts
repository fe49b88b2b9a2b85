import iconv from 'iconv-lite';
import { Transform, type TransformCallback } from 'node:stream';
import { BadFileError } from './sniff';
import { ImportCharset } from './import-types';

/**
 * Bytes in the chosen charset to UTF-8 bytes (what csv-parse reads fastest). UTF-8 is decoded strictly: a file that claims UTF-8
 * but is not (typically a Windows-1252 export) fails with the byte offset instead of being
 * imported with mangled names.
 */
const VALIDATE_SLICE = 64 * 1024;

export function decodeStream(charset: ImportCharset): Transform {
  if (charset !== ImportCharset.UTF8) {
    const decoder = iconv.getDecoder(charset === ImportCharset.LATIN1 ? 'latin1' : 'win1252');
    return new Transform({
      transform(chunk: Buffer, _enc, cb: TransformCallback) {
        cb(null, Buffer.from(decoder.write(chunk), 'utf8'));
      },
      flush(cb: TransformCallback) {
        const rest = decoder.end();
        cb(null, rest ? Buffer.from(rest, 'utf8') : undefined);
      },
    });
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  const fail = (cb: TransformCallback): void => {
    cb(new BadFileError(`the file is not valid UTF-8 (near byte ${offset}); choose charset WINDOWS_1252 or LATIN1`));
  };
  // Decoded only to validate (it handles characters cut between chunks); the bytes pass through.
  // In slices: a string over ~128 KB goes straight to V8's old space, and a million-row file's
  // worth of them grew the heap until a full collection.
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        for (let i = 0; i < chunk.length; i += VALIDATE_SLICE) decoder.decode(chunk.subarray(i, i + VALIDATE_SLICE), { stream: true });
        offset += chunk.length;
        cb(null, chunk);
      } catch {
        fail(cb);
      }
    },
    flush(cb: TransformCallback) {
      try {
        decoder.decode();
        cb();
      } catch {
        fail(cb);
      }
    },
  });
}
