import type { Socket } from 'node:net';
import { runApi } from './api-commands';
import { baseHeaders } from './channel-headers';
import { CommandReader, type EslCommand } from './command-reader';
import * as frame from './frame-writer';
import type { SwitchCore } from './switch-core';

const GOODBYE = 'Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n';

/**
 * One inbound ESL client: auth, then commands, and the events it subscribed to in the format
 * it asked for, after its filters.
 */
export class EslSession {
  private readonly reader = new CommandReader();
  private authed = false;
  private format: 'json' | 'plain' | undefined;
  private events = new Set<string>();
  /** CUSTOM subclasses subscribed to (`event json CUSTOM avmd::beep`); a CUSTOM event needs its own. */
  private readonly subclasses = new Set<string>();
  private all = false;
  private readonly filters = new Map<string, Set<string>>();
  private closed = false;
  /** Test hook: `silent` runs commands but sends nothing; `deaf` also ignores commands. */
  frozen: 'no' | 'silent' | 'deaf' = 'no';
  private pendingReplies = 0;
  private replyTail: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: Socket,
    private readonly core: SwitchCore,
    private readonly password: string,
    private readonly onClose: (s: EslSession) => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.destroy());
    socket.on('close', () => this.destroy());
    this.write(frame.authRequest());
  }

  /** Sends an event if this client subscribed to it and its filters let it through. */
  deliver(name: string, headers: frame.EventHeaders, body: string | undefined, cache: Map<string, string>): void {
    if (!this.authed || !this.format || this.closed || this.frozen !== 'no') return;
    if (!this.all && !this.events.has(name)) return;
    if (!this.all && name === 'CUSTOM' && !this.subclasses.has(headers['Event-Subclass'] ?? '')) return;
    if (this.filters.size > 0 && !this.passesFilters(headers)) return;
    let bytes = cache.get(this.format);
    if (bytes === undefined) {
      bytes = this.format === 'json' ? frame.eventJson(headers, body) : frame.eventPlain(headers, body);
      cache.set(this.format, bytes);
    }
    this.write(bytes);
  }

  /** Test hook: raw bytes straight onto the wire (garbage, split frames). */
  writeRaw(data: string | Buffer): void {
    if (this.authed && !this.closed) this.socket.write(data);
  }

  /** Drops the client as a dying switch would: no goodbye. */
  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    this.onClose(this);
  }

  private onData(chunk: Buffer): void {
    let cmds: EslCommand[];
    try {
      cmds = this.reader.push(chunk);
    } catch (e) {
      this.write(frame.commandReply(`-ERR ${(e as Error).message}`));
      return this.destroy();
    }
    for (const c of cmds) this.handle(c);
  }

  private handle(c: EslCommand): void {
    if (this.closed || this.frozen === 'deaf') return;
    const [verb = '', ...rest] = c.line.split(' ');
    const arg = rest.join(' ').trim();
    if (!this.authed) return this.auth(verb, arg);
    switch (verb) {
      case 'api':
        return this.api(arg);
      case 'bgapi':
        return this.bgapi(arg, c.headers.get('Job-UUID'));
      case 'event':
        return this.subscribe(arg);
      case 'nixevent':
        for (const e of arg.split(/\s+/)) this.events.delete(e.toUpperCase());
        return this.reply('+OK events nixed');
      case 'noevents':
        this.events.clear();
        this.subclasses.clear();
        this.all = false;
        this.format = undefined;
        return this.reply('+OK no longer listening for events');
      case 'filter':
        return this.filter(arg);
      case 'exit':
        this.reply('+OK bye');
        this.ordered(frame.disconnectNotice(GOODBYE));
        this.closed = true;
        this.socket.end();
        this.onClose(this);
        return;
      case 'log':
      case 'nolog':
      case 'linger':
      case 'nolinger':
      case 'sendevent':
      case 'sendmsg':
        return this.reply('+OK');
      case '':
        return;
      default:
        return this.reply('-ERR command not found');
    }
  }

  private auth(verb: string, arg: string): void {
    if (verb !== 'auth') return this.reply('-ERR invalid');
    if (arg === this.password) {
      this.authed = true;
      return this.reply('+OK accepted');
    }
    // The real switch refuses, says goodbye and closes.
    this.reply('-ERR invalid');
    this.write(frame.disconnectNotice(GOODBYE));
    this.closed = true;
    this.socket.end();
    this.onClose(this);
  }

  private api(cmdline: string): void {
    const r = runApi(this.core, cmdline);
    if (typeof r === 'string') return this.ordered(frame.apiResponse(r));
    this.ordered(Promise.resolve(r ?? '').then((body) => frame.apiResponse(body)));
  }

  private bgapi(cmdline: string, jobHeader: string | undefined): void {
    const jobUuid = jobHeader || crypto.randomUUID();
    this.reply(`+OK Job-UUID: ${jobUuid}`, { 'Job-UUID': jobUuid });
    const r = runApi(this.core, cmdline, jobUuid);
    if (r === null) return;
    const cmd = cmdline.split(' ')[0];
    void Promise.resolve(r).then((body) => {
      const h = baseHeaders(this.core.identity, 'BACKGROUND_JOB', this.core.clock.nowMs(), 'mod_event_socket.c');
      h['Job-UUID'] = jobUuid;
      h['Job-Command'] = cmd;
      h['Job-Command-Arg'] = cmdline.slice(cmd.length + 1);
      this.core.publishEvent('BACKGROUND_JOB', h, body);
    });
  }

  private subscribe(arg: string): void {
    const [fmt = 'plain', ...names] = arg.split(/\s+/);
    if (fmt !== 'json' && fmt !== 'plain') return this.reply(`-ERR format ${fmt} not supported by the simulator`);
    this.format = fmt;
    let custom = false;
    for (const n of names) {
      const up = n.toUpperCase();
      if (custom) this.subclasses.add(n);
      else if (up === 'ALL') this.all = true;
      else this.events.add(up);
      if (up === 'CUSTOM') custom = true;
    }
    this.reply(`+OK event listener enabled ${fmt}`);
  }

  private filter(arg: string): void {
    const parts = arg.split(/\s+/);
    if (parts[0] === 'delete') {
      const [, header = '', value] = parts;
      if (value === undefined) this.filters.delete(header);
      else this.filters.get(header)?.delete(value);
      return this.reply(`+OK filter deleted. [${header}]=[${value ?? ''}]`);
    }
    const [header, ...v] = parts;
    const value = v.join(' ');
    if (!header || !value) return this.reply('-ERR invalid syntax');
    const set = this.filters.get(header) ?? new Set<string>();
    set.add(value);
    this.filters.set(header, set);
    this.reply(`+OK filter added. [${header}]=[${value}]`);
  }

  private passesFilters(h: frame.EventHeaders): boolean {
    for (const [k, values] of this.filters) {
      const v = h[k];
      if (v !== undefined && values.has(v)) return true;
    }
    return false;
  }

  private reply(text: string, extra?: Record<string, string>): void {
    this.ordered(frame.commandReply(text, extra));
  }

  /** Replies keep command order even while a blocking api (sync originate) is still running. */
  private ordered(data: string | Promise<string>): void {
    if (this.pendingReplies === 0 && typeof data === 'string') return this.write(data);
    this.pendingReplies++;
    this.replyTail = this.replyTail
      .then(() => data)
      .then((d) => {
        this.pendingReplies--;
        this.write(d);
      });
  }

  private write(s: string | Buffer): void {
    if (!this.closed && this.frozen === 'no') this.socket.write(s);
  }
}
