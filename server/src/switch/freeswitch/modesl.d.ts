/**
 * The slice of modesl 1.2.1 Pacer uses (the package ships no types). Connection and Parser
 * extend EventEmitter2 with wildcards and `::` as delimiter; events arrive as
 * `esl::event::<NAME>::<Unique-ID or Job-UUID>`.
 */
declare module 'modesl' {
  import type { Socket } from 'node:net';

  type Listener = (...args: unknown[]) => void;

  interface Emitter2 {
    on(event: string, listener: (...args: never[]) => void): this;
    once(event: string, listener: (...args: never[]) => void): this;
    off(event: string, listener: (...args: never[]) => void): this;
    removeAllListeners(event?: string): this;
    emit(event: string, ...args: unknown[]): boolean;
  }

  export class Event {
    constructor(headers: Record<string, string | number>, body?: string);
    constructor(type: string, subclass?: string);
    headers: Array<{ name: string; value: string | number }>;
    type: string;
    body: string;
    getHeader(name: string): string | null;
    getBody(): string;
    getType(): string;
    serialize(format?: 'plain' | 'json' | 'xml'): string;
  }

  /** The frame parser; `_parseHeaderText` is patched by the adapter to survive bad escapes. */
  export class Parser implements Emitter2 {
    constructor(socket: NodeJS.ReadableStream);
    _parseHeaderText(text: string): Record<string, string | number>;
    on(event: string, listener: (...args: never[]) => void): this;
    once(event: string, listener: (...args: never[]) => void): this;
    off(event: string, listener: (...args: never[]) => void): this;
    removeAllListeners(event?: string): this;
    emit(event: string, ...args: unknown[]): boolean;
  }

  export class Connection implements Emitter2 {
    /** Inbound mode: connects to host:port and authenticates with password. */
    constructor(host: string, port: number, password: string, ready?: () => void);
    socket: Socket | null;
    parser?: Parser;
    authed: boolean;
    connected(): boolean;
    api(command: string, args: string | string[], cb: (evt: Event) => void): void;
    api(command: string, cb: (evt: Event) => void): void;
    bgapi(command: string, args: string, jobId: string, cb?: (evt: Event) => void): void;
    sendRecv(command: string, args: Record<string, string> | null, cb: (evt: Event) => void): void;
    sendRecv(command: string, cb: (evt: Event) => void): void;
    send(command: string, args?: Record<string, string>): void;
    events(type: 'json' | 'plain' | 'xml', events: string | string[], cb?: (evt: Event) => void): void;
    filter(header: string, value: string, cb?: (evt: Event) => void): void;
    disconnect(): void;
    on(event: string, listener: (...args: never[]) => void): this;
    once(event: string, listener: (...args: never[]) => void): this;
    off(event: string, listener: (...args: never[]) => void): this;
    removeAllListeners(event?: string): this;
    emit(event: string, ...args: unknown[]): boolean;
  }

  export type { Listener };
}
