/**
 * One client process of bench/fanout.ts: COUNT graphql-ws connections, each subscribed to
 * callEvents and wallboard of one campaign, speaking the protocol over plain `ws` (no client
 * library, so the client side costs as little CPU as it can: the bench shares 2 cores with the
 * server). The coordinator tells it when each event reached the bus (`ref`, from its own LISTEN)
 * and which events fall in the measurement window; this process counts, per event, how many of
 * its connections got it and after how long. Messages are matched by their first bytes only.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';

interface Ref {
  t: number;
  inWindow: boolean;
  got: number;
}
export type ToClient = { type: 'ref'; key: string; t: number; inWindow: boolean } | { type: 'results' } | { type: 'stop' };
export type FromClient =
  | { type: 'ready'; connected: number; failed: number; resubscribed: number }
  | {
      type: 'results';
      hist: number[];
      lost: number;
      expected: number;
      received: number;
      dropped: number;
      errors: string[];
      /** This process's event loop delay in the window (ms): how late it read what had arrived. */
      loopP99: number;
      loopMax: number;
    };

const url = process.env.FANOUT_URL!;
const token = process.env.FANOUT_TOKEN!;
const campaignId = process.env.FANOUT_CAMPAIGN!;
const count = Number(process.env.FANOUT_COUNT);
const CONCURRENT_HANDSHAKES = 50;
const MAX_MS = 30_000;

const CALLS = `subscription($c: ID!) { callEvents(campaignId: $c) { events { callId state recipientId number outcome at } campaignId } }`;
const BOARD = `subscription($c: ID!) { wallboard(campaignId: $c) { at activeCalls callsPerMinute answerRate recipientsRemaining etaSeconds } }`;
const CALL_KEY = /"callId":"([^"]+)","state":"([^"]+)"/;
const BOARD_KEY = /"wallboard":\{"at":"([^"]+)"/;

const refs = new Map<string, Ref>();
const early = new Map<string, number[]>();
const hist = new Array<number>(MAX_MS + 1).fill(0);
const errors: string[] = [];
const sockets: WebSocket[] = [];
let live = 0;
let failed = 0;
let resubscribed = 0;
/** Connections closed after they were live (by the server: none expected). */
let dropped = 0;
let settled = 0;
let allSettled: () => void = () => undefined;
const everyoneLive = new Promise<void>((r) => (allSettled = r));
const settle = () => {
  settled += 1;
  if (settled === count) allSettled();
};

const now = () => performance.timeOrigin + performance.now();
/** The client's own lateness: a busy client stamps messages late and the bench measures itself. */
const loop = monitorEventLoopDelay({ resolution: 10 });
let windowOpen = false;

function received(key: string, t: number): void {
  const ref = refs.get(key);
  if (!ref) {
    const list = early.get(key) ?? [];
    list.push(t);
    early.set(key, list);
    return;
  }
  ref.got += 1;
  if (ref.inWindow) hist[Math.max(0, Math.min(MAX_MS, Math.round(t - ref.t)))]! += 1;
}

/**
 * Opens one connection; resolves once it subscribed. It counts as live once it heard both a
 * call event and a wallboard. A subscription the server refused (say its database pool was busy
 * during the connection storm: an error, or a next with errors then complete) is asked again
 * under a new id, as a console would; `resubscribed` counts them.
 */
function connect(): Promise<void> {
  return new Promise((resolve) => {
    // No UTF-8 check of every message and no compression offer: the clients share the 2 cores
    // with the server, and thousands of connections' reading must not be what holds it back.
    const ws = new WebSocket(url, 'graphql-transport-ws', { skipUTF8Validation: true, perMessageDeflate: false });
    let heardCalls = false;
    let heardBoard = false;
    let isLive = false;
    let ids = { calls: '1', board: '2' };
    let serial = 2;
    const subscribe = (which: 'calls' | 'board') => {
      serial += 1;
      ids = { ...ids, [which]: String(serial) };
      const query = which === 'calls' ? CALLS : BOARD;
      ws.send(JSON.stringify({ id: ids[which], type: 'subscribe', payload: { query, variables: { c: campaignId } } }));
    };
    const retry = (id: string) => {
      const which = id === ids.calls ? 'calls' : id === ids.board ? 'board' : null;
      if (!which) return;
      resubscribed += 1;
      ids = { ...ids, [which]: '' };
      setTimeout(() => ws.readyState === WebSocket.OPEN && subscribe(which), 1000);
    };
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    ws.on('message', (data: Buffer) => {
      const t = now();
      const head = data.toString('latin1', 0, 200);
      const id = /"id":"(\d+)"/.exec(head)?.[1] ?? '';
      if (head.includes('"type":"next"')) {
        const call = CALL_KEY.exec(head);
        const board = call ? null : BOARD_KEY.exec(head);
        if (call) {
          received(`c:${call[1]}:${call[2]}`, t);
          heardCalls = true;
        } else if (board) {
          received(`w:${board[1]}`, t);
          heardBoard = true;
        } else if (errors.length < 5) errors.push(head);
        if (!isLive && heardCalls && heardBoard) {
          isLive = true;
          live += 1;
          settle();
        }
      } else if (head.includes('"type":"error"') || head.includes('"type":"complete"')) {
        if (errors.length < 5) errors.push(head);
        retry(id);
      } else if (head.includes('"type":"connection_ack"')) {
        subscribe('calls');
        subscribe('board');
        resolve();
      } else if (errors.length < 5) errors.push(head);
    });
    ws.on('error', (e) => {
      if (errors.length < 5) errors.push(e.message);
    });
    ws.on('close', () => {
      if (isLive) {
        live -= 1;
        dropped += 1;
      } else {
        failed += 1;
        settle();
      }
      resolve();
    });
    sockets.push(ws);
  });
}

async function main(): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next += 1;
      await connect();
    }
  };
  const progress = setInterval(
    () =>
      console.error(
        `  client ${process.pid}: ${live} live, ${failed} failed, ${resubscribed} resubscribed of ${count} ${errors.join(' | ')}`,
      ),
    10_000,
  );
  await Promise.all(Array.from({ length: CONCURRENT_HANDSHAKES }, lane));
  await everyoneLive;
  clearInterval(progress);
  process.send!({ type: 'ready', connected: live, failed, resubscribed } satisfies FromClient);
}

process.on('message', (m: ToClient) => {
  if (m.type === 'ref') {
    if (m.inWindow && !windowOpen) {
      windowOpen = true;
      loop.enable();
    }
    refs.set(m.key, { t: m.t, inWindow: m.inWindow, got: 0 });
    for (const t of early.get(m.key) ?? []) received(m.key, t);
    early.delete(m.key);
  } else if (m.type === 'results') {
    let lost = 0;
    let expected = 0;
    let got = 0;
    for (const r of refs.values()) {
      if (!r.inWindow) continue;
      expected += live;
      got += r.got;
      lost += Math.max(0, live - r.got);
    }
    loop.disable();
    const loopP99 = loop.percentile(99) / 1e6;
    const loopMax = loop.max / 1e6;
    process.send!({ type: 'results', hist, lost, expected, received: got, dropped, errors, loopP99, loopMax } satisfies FromClient);
  } else {
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  }
});

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
