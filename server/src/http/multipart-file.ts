import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { BadFileError } from '../imports/sniff';

/** True when the client sent a form (curl -F file=@list.csv, an HTML form) rather than the raw file. */
export function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
}

/**
 * The first file part of a multipart/form-data body, as a stream (busboy parses the form as it
 * arrives, so a 500 MB file is never held in memory). Fields before it are ignored; a form
 * without a file is a bad request.
 */
export function firstFilePart(req: IncomingMessage): Promise<{ stream: Readable; fileName: string }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1 } });
    } catch (err) {
      reject(new BadFileError(`the form cannot be read: ${(err as Error).message}`));
      return;
    }
    let found = false;
    bb.once('file', (_field, stream, info) => {
      found = true;
      // A form cut short surfaces as an error of the file stream: a bad request, not our failure.
      stream.once('error', () => undefined);
      resolve({ stream, fileName: info.filename });
    });
    bb.once('error', (err: Error) => {
      if (!found) reject(new BadFileError(`the form cannot be read: ${err.message}`));
    });
    bb.once('close', () => {
      if (!found) reject(new BadFileError('the form has no file: send it as a file field (curl -F file=@list.csv)'));
    });
    req.pipe(bb);
  });
}
