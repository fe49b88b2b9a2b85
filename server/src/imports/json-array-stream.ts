import { Readable } from 'node:stream';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/Pick';
import { streamArray } from 'stream-json/streamers/StreamArray';
import { BadFileError } from './sniff';

/** What the JSON streamer hands on: one member of the recipients array at a time. */
interface Member {
  key: number;
  value: unknown;
}

/** The first non-blank character of the document, looked at without losing any of it. */
async function peek(source: AsyncIterable<Buffer>): Promise<{ first: string; replay: AsyncIterable<Buffer> }> {
  const it = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let first = '';
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    seen.push(r.value);
    const m = /[^\s\uFEFF]/.exec(Buffer.concat(seen).toString('utf8'));
    if (m) {
      first = m[0];
      break;
    }
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* seen;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { first, replay: replay() };
}

/** A leading byte-order mark is not JSON; the streaming parser would reject it. */
async function* withoutBom(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let first = true;
  for await (const c of source) {
    yield first && c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf ? c.subarray(3) : c;
    first = false;
  }
}

/**
 * The members of a JSON import, streamed (stream-json), whatever the file's size: a top-level
 * array, or `{ "recipients": [...] }`. Memory holds one member at a time, so a JSON batch is no
 * longer capped at what fits in a string. Syntax errors fail the file (nothing is imported).
 */
export async function* jsonArrayMembers(source: AsyncIterable<Buffer>): AsyncGenerator<{ row: number; value: unknown }> {
  const { first, replay } = await peek(withoutBom(source));
  if (first !== '[' && first !== '{') {
    throw new BadFileError(
      first === '' ? 'the file holds no recipients' : 'a JSON import is an array of recipients (or { "recipients": [...] })',
    );
  }
  const tokens = Readable.from(replay).pipe(parser());
  const members = first === '[' ? tokens.pipe(streamArray()) : tokens.pipe(pick({ filter: 'recipients' })).pipe(streamArray());
  // Errors of the parser stage do not travel down .pipe(): hand them to the stage we read.
  tokens.on('error', (err: Error) => members.destroy(err));
  try {
    for await (const m of members as AsyncIterable<Member>) yield { row: m.key + 1, value: m.value };
  } catch (err) {
    if (err instanceof BadFileError) throw err;
    throw new BadFileError(`the file is not valid JSON: ${(err as Error).message}`);
  } finally {
    tokens.destroy();
  }
}
