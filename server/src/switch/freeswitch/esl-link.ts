import { Connection, type Event } from 'modesl';
import type { Socket } from 'node:net';
import type { EslHeaders } from './esl-headers';

export interface EslLinkOptions {
  host: string;
  port: number;
  password: string;
  connectTimeoutMs: number;
}

/** Why a link attempt or a live link failed, in words an operator can act on. */
export class EslLinkError extends Error {
  constructor(
    message: string,
    readonly kind: 'auth' | 'socket' | 'timeout' | 'protocol',
  ) {
    super(message);
    this.name = 'EslLinkError';
  }
}

/**
 * One authenticated modesl inbound connection. It never throws out of socket callbacks: every
 * failure ends up as a rejected promise, an `onError` report, or `onClose`.
 */
export class EslLink {
  private closeListeners: Array<(reason: string) => void> = [];
  private errorListeners: Array<(e: EslLinkError) => void> = [];
  private closed = false;

  private constructor(
    private readonly conn: Connection,
    private readonly socket: Socket,
  ) {}

  /** Connects and authenticates; rejects with EslLinkError (bad password, refused, timeout). */
  static open(opts: EslLinkOptions): Promise<EslLink> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const conn = new Connection(opts.host, opts.port, opts.password);
      const socket = conn.socket as Socket;
      const link = new EslLink(conn, socket);
      const fail = (e: EslLinkError) => {
        if (settled) return link.report(e);
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        reject(e);
      };
      const timer = setTimeout(
        () => fail(new EslLinkError(`no ESL greeting from ${opts.host}:${opts.port} within ${opts.connectTimeoutMs} ms`, 'timeout')),
        opts.connectTimeoutMs,
      );
      // modesl re-emits socket errors; without this listener ECONNREFUSED would crash the process.
      conn.on('error', (err: Error) => {
        const kind = err instanceof SyntaxError || err.name === 'URIError' ? 'protocol' : 'socket';
        fail(new EslLinkError(`${opts.host}:${opts.port}: ${err.message}`, kind));
        // A frame we could not read may have left the parser out of step with the stream, and
        // a misaligned reply queue would hand one command's answer to another: start afresh.
        if (kind === 'protocol') link.close();
      });
      conn.on('esl::connect', () => patchParser(conn));
      conn.on('esl::event::auth::fail', () =>
        fail(new EslLinkError(`ESL authentication to ${opts.host}:${opts.port} failed: wrong password`, 'auth')),
      );
      conn.on('esl::ready', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(link);
      });
      socket.on('close', () => {
        if (!settled) fail(new EslLinkError(`${opts.host}:${opts.port} closed the connection during login`, 'socket'));
        link.markClosed('connection closed by the switch');
      });
      conn.on('esl::event::**', (evt: Event, headers: Record<string, string>) => {
        const ct = headers?.['Content-Type'] ?? '';
        if (ct.startsWith('text/event-')) link.dispatch(toHeaders(evt));
      });
    });
  }

  private eventListener: (h: EslHeaders) => void = () => undefined;
  /** A reply was handed out in this turn of the event loop: the code awaiting it has not run yet. */
  private replyRunning = false;
  /** Frames parsed meanwhile, handed out in wire order once it has. */
  private waiting: Array<{ run: () => void; reply: boolean }> = [];

  get isOpen(): boolean {
    return !this.closed;
  }

  onEvent(listener: (h: EslHeaders) => void): void {
    this.eventListener = listener;
  }

  onClose(listener: (reason: string) => void): void {
    this.closeListeners.push(listener);
  }

  onError(listener: (e: EslLinkError) => void): void {
    this.errorListeners.push(listener);
  }

  /** `api CMD ARGS`; resolves with the body (which may start with -ERR: callers decide). */
  api(cmdline: string, timeoutMs: number): Promise<string> {
    return this.withTimeout(`api ${cmdline}`, timeoutMs, (done) => this.conn.api(cmdline, (evt) => done(evt.getBody())));
  }

  /** `bgapi CMD ARGS` with our Job-UUID; resolves with the Reply-Text (+OK Job-UUID: … or -ERR …). */
  bgapi(command: string, args: string, jobId: string, timeoutMs: number, onReply?: (text: string) => void): Promise<string> {
    return this.withTimeout(`bgapi ${command}`, timeoutMs, (done) =>
      this.conn.sendRecv(`bgapi ${command} ${args}`, { 'Job-UUID': jobId }, (evt) => {
        const text = evt.getHeader('Reply-Text') ?? '';
        // Synchronous, before any event parsed from the same TCP chunk is dispatched.
        onReply?.(text);
        done(text);
      }),
    );
  }

  /** Raw command with its reply text (event, filter, …). */
  command(line: string, timeoutMs: number): Promise<string> {
    return this.withTimeout(line, timeoutMs, (done) => this.conn.sendRecv(line, (evt) => done(evt.getHeader('Reply-Text') ?? '')));
  }

  close(): void {
    if (this.closed) return;
    this.socket.end('exit\n\n');
    this.socket.destroy();
    this.markClosed('closed by Pacer');
  }

  private dispatch(h: EslHeaders): void {
    this.inOrder(() => {
      if (!this.closed) this.eventListener(h);
    }, false);
  }

  /**
   * Wire order, kept for the code that awaits a reply: a reply and the events after it often
   * come in one TCP read and modesl parses them in one go, so an event (the callee's hangup)
   * would otherwise be handled before the code awaiting the reply (the transfer that put the
   * callee in a queue) has run. After a reply, later frames wait for the next turn of the
   * event loop, by which time every promise continuation of the reply has run.
   */
  private inOrder(run: () => void, reply: boolean): void {
    if (this.replyRunning || this.waiting.length > 0) {
      this.waiting.push({ run, reply });
      return;
    }
    run();
    if (reply) this.afterReply();
  }

  private afterReply(): void {
    this.replyRunning = true;
    setImmediate(() => {
      this.replyRunning = false;
      while (this.waiting.length > 0 && !this.replyRunning) {
        const next = this.waiting.shift();
        next?.run();
        if (next?.reply) this.afterReply();
      }
    });
  }

  private report(e: EslLinkError): void {
    for (const l of this.errorListeners) l(e);
  }

  private markClosed(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of this.closeListeners) l(reason);
  }

  private withTimeout(what: string, ms: number, send: (done: (v: string) => void) => void): Promise<string> {
    if (this.closed) return Promise.reject(new EslLinkError(`${what}: not connected`, 'socket'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new EslLinkError(`${what}: no reply within ${ms} ms`, 'timeout'));
        // Replies are matched by order; a missing one would shift every later reply.
        this.close();
      }, ms);
      const onClose = () => {
        clearTimeout(timer);
        reject(new EslLinkError(`${what}: connection lost before the reply`, 'socket'));
      };
      this.closeListeners.push(onClose);
      send((v) => {
        clearTimeout(timer);
        this.closeListeners = this.closeListeners.filter((l) => l !== onClose);
        this.inOrder(() => resolve(v), true);
      });
    });
  }
}

/** modesl's Event keeps headers as a list; the rest of the adapter wants a record. */
export function toHeaders(evt: Event): EslHeaders {
  const out: Record<string, string> = {};
  for (const h of evt.headers) out[h.name] = String(h.value);
  if (evt.body) out._body = evt.body;
  return out;
}

/**
 * modesl URL-decodes every header line and throws URIError on a stray `%` inside a socket
 * callback, which would kill the process. Decode leniently instead.
 */
function patchParser(conn: Connection): void {
  const parser = conn.parser;
  if (!parser) return;
  parser._parseHeaderText = (txt: string) => {
    const headers: Record<string, string | number> = {};
    for (const line of txt.split('\n')) {
      const i = line.indexOf(': ');
      const key = i < 0 ? line : line.slice(0, i);
      const raw = i < 0 ? '' : line.slice(i + 2);
      let value = raw;
      try {
        value = decodeURIComponent(raw);
      } catch {
        value = raw;
      }
      headers[key] = key === 'Content-Length' ? Number.parseInt(value, 10) : value;
    }
    return headers;
  };
}
