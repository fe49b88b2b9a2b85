/** One command a client sent: the first line, its headers, and a body when Content-Length says so. */
export interface EslCommand {
  line: string;
  headers: Map<string, string>;
  body?: string;
}

const MAX_BUFFERED = 1024 * 1024;

/**
 * Splits the client's byte stream into commands. TCP may cut a command anywhere, so bytes are
 * buffered until the blank line (and any body) has arrived.
 */
export class CommandReader {
  private buf: Buffer = Buffer.alloc(0);

  /** Feeds bytes; returns the commands now complete. Throws when a client floods without a frame end. */
  push(chunk: Buffer): EslCommand[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: EslCommand[] = [];
    for (;;) {
      const cmd = this.next();
      if (!cmd) break;
      out.push(cmd);
    }
    if (this.buf.length > MAX_BUFFERED) {
      this.buf = Buffer.alloc(0);
      throw new Error('command too large or not terminated by a blank line');
    }
    return out;
  }

  private next(): EslCommand | undefined {
    const end = findHeaderEnd(this.buf);
    if (end.index < 0) return undefined;
    const text = this.buf.subarray(0, end.index).toString('utf8');
    const lines = text.split(/\r?\n/);
    const line = (lines.shift() ?? '').trim();
    const headers = new Map<string, string>();
    for (const l of lines) {
      const i = l.indexOf(':');
      if (i > 0) headers.set(l.slice(0, i).trim(), l.slice(i + 1).trim());
    }
    const len = Number(headers.get('Content-Length') ?? '0');
    const bodyStart = end.index + end.length;
    if (len > 0) {
      if (this.buf.length < bodyStart + len) return undefined;
      const body = this.buf.subarray(bodyStart, bodyStart + len).toString('utf8');
      this.buf = this.buf.subarray(bodyStart + len);
      return { line, headers, body };
    }
    this.buf = this.buf.subarray(bodyStart);
    return { line, headers };
  }
}

/** Finds the blank line ending a header block, accepting `\n\n` and `\r\n\r\n`. */
function findHeaderEnd(buf: Buffer): { index: number; length: number } {
  const lf = buf.indexOf('\n\n');
  const crlf = buf.indexOf('\r\n\r\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { index: crlf, length: 4 };
  return { index: lf, length: 2 };
}
