import type express from 'express';
import { Permission } from '../auth/permission';
import { createUpload } from '../imports/create-upload';
import { BadFileError } from '../imports/sniff';
import { TooLargeError } from '../imports/store-upload';
import { logger } from '../logger';
import type { RouteDeps } from './api-server';
import { authorizeRoute } from './import-auth';
import { firstFilePart, isMultipart } from './multipart-file';

/** The file name: ?filename=, then Content-Disposition, then X-File-Name. */
function fileNameOf(req: express.Request): string {
  const q = req.query.filename;
  if (typeof q === 'string' && q) return q;
  const cd = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(req.headers['content-disposition'] ?? '');
  if (cd?.[1]) return decodeURIComponent(cd[1]);
  const x = req.headers['x-file-name'];
  return typeof x === 'string' ? x : 'upload.csv';
}

/** busboy's own complaints about a broken form ("Unexpected end of form", …). */
function isFormError(err: unknown): err is Error {
  return err instanceof Error && /form|multipart|boundary/i.test(err.message);
}

/**
 * POST /imports: the raw file as the request body (curl --data-binary @f.csv), or a
 * multipart/form-data form with the file as its first file field (curl -F file=@f.csv).
 * Streams to disk, so files of hundreds of MB cost no memory. Answers 201 with the upload id
 * to pass to importPreview / startImport.
 */
export function mountImportUpload(app: express.Express, deps: RouteDeps): void {
  app.post('/imports', async (req, res) => {
    const ctx = await authorizeRoute(req, res, deps, Permission.RECIPIENTS_WRITE);
    if (!ctx) return;
    try {
      const part = isMultipart(req) ? await firstFilePart(req) : { stream: req, fileName: fileNameOf(req) };
      const job = await createUpload(
        ctx.em,
        ctx.principal,
        part.stream,
        typeof req.query.filename === 'string' && req.query.filename ? req.query.filename : part.fileName,
      );
      res.status(201).json({
        id: job.id,
        fileName: job.fileName,
        size: Number(job.fileSize),
        contentHash: job.contentHash,
        format: job.format,
        status: job.status,
      });
    } catch (err) {
      // The client may still be sending: answer, then close instead of draining a big body.
      res.setHeader('connection', 'close');
      if (err instanceof BadFileError) res.status(422).json({ error: { code: 'BAD_USER_INPUT', message: err.message } });
      else if (isMultipart(req) && isFormError(err))
        res.status(422).json({ error: { code: 'BAD_USER_INPUT', message: `the form cannot be read: ${err.message}` } });
      else if (err instanceof TooLargeError) res.status(413).json({ error: { code: 'BAD_USER_INPUT', message: err.message } });
      else {
        logger.error({ err }, 'upload failed');
        res.status(500).json({ error: { code: 'INTERNAL', message: 'the upload failed' } });
      }
    }
  });
}
