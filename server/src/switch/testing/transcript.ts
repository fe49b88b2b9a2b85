import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One message of the capture: direction, exact wire bytes, and the scenario it belongs to. */
export interface WireMessage {
  dir: 'C->S' | 'S->C';
  bytes: Buffer;
  scenario: string;
}

/** shared/fixtures/freeswitch-esl, found from the repo (work tree sits beside shared/). */
export function fixturesDir(): string {
  const candidates = [
    process.env.PACER_ESL_FIXTURES,
    join(__dirname, '../../../../../shared/fixtures/freeswitch-esl'),
    '/work/shared/fixtures/freeswitch-esl',
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      readFileSync(join(c, 'NOTES.md'));
      return c;
    } catch {
      // try the next place
    }
  }
  throw new Error('ESL fixtures not found: set PACER_ESL_FIXTURES');
}

/**
 * Reads transcript.txt back into wire messages. The separators and the extra newline after
 * bodies are not wire bytes, so each S->C message is cut by its own framing (headers up to
 * the blank line, then exactly Content-Length bytes).
 */
export function readTranscript(path = join(fixturesDir(), 'transcript.txt')): WireMessage[] {
  const raw = readFileSync(path);
  const out: WireMessage[] = [];
  let scenario = 'setup';
  let pos = 0;
  while (pos < raw.length) {
    const eol = raw.indexOf('\n', pos);
    const line = raw.subarray(pos, eol < 0 ? raw.length : eol).toString('utf8');
    pos = eol < 0 ? raw.length : eol + 1;
    if (line.startsWith('######## ')) {
      scenario = line.slice(9).trim();
      continue;
    }
    const m = /^### (C->S|S->C) /.exec(line);
    if (!m) continue;
    const dir = m[1] as WireMessage['dir'];
    const headEnd = raw.indexOf('\n\n', pos);
    const head = raw.subarray(pos, headEnd).toString('utf8');
    const len = /^Content-Length: (\d+)$/m.exec(head);
    const end = headEnd + 2 + (len ? Number(len[1]) : 0);
    out.push({ dir, bytes: raw.subarray(pos, end), scenario });
    pos = end;
  }
  return out;
}
