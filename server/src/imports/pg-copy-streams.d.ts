// pg-copy-streams 7 ships no types; only what imports use is declared.
declare module 'pg-copy-streams' {
  import type { Submittable } from 'pg';
  import type { Readable, Writable } from 'node:stream';
  export function from(sql: string): Writable & Submittable & { rowCount?: number };
  export function to(sql: string): Readable & Submittable;
}
