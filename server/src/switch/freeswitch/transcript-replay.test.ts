import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { before, describe, it } from 'node:test';
import { Parser, type Event } from 'modesl';
import { isTerminal, type CallEvent } from '../call-event';
import { waitFor } from '../../test/wait-for';
import { readTranscript, type WireMessage } from '../testing/transcript';
import { CallTracker } from './call-tracker';
import { toHeaders } from './esl-link';
import { parseStatus } from './status-parser';

/** What each captured scenario must come out as: event types in order, then the terminal details. */
const EXPECTED: Record<string, { types: string[]; end: Partial<Record<string, unknown>> }> = {
  'loopback answer': {
    types: ['originated', 'answered', 'job-result', 'hangup'],
    end: { cause: 'NORMAL_CLEARING', q850: 16, billSeconds: 3 },
  },
  'loopback busy': { types: ['originated', 'hangup', 'job-result'], end: { cause: 'USER_BUSY', q850: 17, billSeconds: 0 } },
  'loopback congestion': { types: ['originated', 'job-result', 'hangup'], end: { cause: 'NORMAL_CIRCUIT_CONGESTION', q850: 34 } },
  'loopback unallocated': { types: ['originated', 'job-result', 'hangup'], end: { cause: 'UNALLOCATED_NUMBER', q850: 1 } },
  'loopback reject': { types: ['originated', 'hangup', 'job-result'], end: { cause: 'CALL_REJECTED', q850: 21 } },
  'loopback no dialplan match': { types: ['originated', 'job-result', 'hangup'], end: { cause: 'NO_ROUTE_DESTINATION', q850: 3 } },
  'loopback noanswer': { types: ['originated', 'job-result', 'hangup'], end: { cause: 'NO_ANSWER', q850: 19 } },
  'error/user_busy': { types: ['originated', 'job-result', 'originate-failed'], end: { cause: 'USER_BUSY' } },
  'error/NO_ANSWER': { types: ['originated', 'job-result', 'originate-failed'], end: { cause: 'NO_ANSWER' } },
  'error/NORMAL_CIRCUIT_CONGESTION': {
    types: ['originated', 'job-result', 'originate-failed'],
    end: { cause: 'NORMAL_CIRCUIT_CONGESTION' },
  },
  'error/UNALLOCATED_NUMBER': { types: ['originated', 'job-result', 'originate-failed'], end: { cause: 'UNALLOCATED_NUMBER' } },
  'null answer (dialer kills)': {
    types: ['originated', 'answered', 'job-result', 'hangup'],
    end: { cause: 'NORMAL_CLEARING', billSeconds: 2 },
  },
  'null answer after 1.5s': {
    types: ['originated', 'answered', 'job-result', 'hangup'],
    end: { cause: 'NORMAL_CLEARING', billSeconds: 2 },
  },
  'null never answers': { types: ['originated', 'job-result', 'hangup'], end: { cause: 'NO_ANSWER', q850: 19 } },
  'null/cause-USER_BUSY': { types: ['originated', 'job-result', 'originate-failed'], end: { cause: 'USER_BUSY' } },
  'null_hangup_cause=UNALLOCATED': { types: ['originated', 'job-result', 'originate-failed'], end: { cause: 'UNALLOCATED_NUMBER' } },
  'sofia answer': {
    types: ['originated', 'answered', 'job-result', 'hangup'],
    end: { cause: 'NORMAL_CLEARING', sipStatus: 200, billSeconds: 3 },
  },
  'sofia busy': { types: ['originated', 'hangup', 'job-result'], end: { cause: 'USER_BUSY', sipStatus: 486 } },
  'sofia congestion': { types: ['originated', 'hangup', 'job-result'], end: { cause: 'NORMAL_CIRCUIT_CONGESTION', sipStatus: 503 } },
  'sofia unallocated': { types: ['originated', 'hangup', 'job-result'], end: { cause: 'UNALLOCATED_NUMBER', sipStatus: 404 } },
  'sofia reject': { types: ['originated', 'hangup', 'job-result'], end: { cause: 'CALL_REJECTED', sipStatus: 603 } },
  'sofia noanswer': { types: ['originated', 'job-result', 'hangup'], end: { cause: 'NO_ANSWER', q850: 19 } },
};

interface Replay {
  events: CallEvent[];
  frames: Array<{ contentType: string; body: string; replyText: string }>;
  callByScenario: Map<string, string>;
}

const messages = readTranscript();
const serverBytes = messages.filter((m) => m.dir === 'S->C');

/** Serves the captured S->C bytes over TCP, cut by `chunks`, and parses them with modesl's Parser. */
async function replay(chunks: (msgs: WireMessage[]) => Buffer[]): Promise<Replay> {
  const server: Server = createServer((s) => void writeAll(s, chunks(serverBytes)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const events: CallEvent[] = [];
  const tracker = new CallTracker((e) => events.push(e), 300);
  const callByScenario = new Map<string, string>();
  const jobToCall = new Map<string, string>();
  for (const m of messages) {
    const text = m.bytes.toString('utf8');
    const call = /origination_uuid=([0-9a-f-]+)/.exec(text);
    const job = /Job-UUID: ([0-9a-f-]+)/.exec(text);
    if (m.dir !== 'C->S' || !call || !job) continue;
    tracker.expect(call[1], job[1]);
    jobToCall.set(job[1], call[1]);
    callByScenario.set(m.scenario, call[1]);
  }
  const frames: Replay['frames'] = [];
  const socket = connect(port, '127.0.0.1');
  const parser = new Parser(socket);
  parser.on('esl::event', (evt: Event, headers: Record<string, string>) => {
    const ct = headers['Content-Type'] ?? '';
    const h = toHeaders(evt);
    frames.push({ contentType: ct, body: evt.getBody(), replyText: h['Reply-Text'] ?? '' });
    if (ct.startsWith('text/event-')) tracker.handle(h);
    const accepted = /^\+OK Job-UUID: (.+)$/.exec(h['Reply-Text'] ?? '');
    if (accepted) tracker.accepted(jobToCall.get(accepted[1]) ?? '', accepted[1]);
  });
  await new Promise<void>((r) => socket.on('end', r));
  // BACKGROUND_JOB-only failures end after the tracker's grace: wait until every call has ended.
  await waitFor(() => [...callByScenario.values()].every((id) => events.some((e) => e.callId === id && isTerminal(e))), {
    what: 'every captured call to end',
  });
  tracker.dispose();
  socket.destroy();
  await new Promise<void>((r) => server.close(() => r()));
  return { events, frames, callByScenario };
}

async function writeAll(s: Socket, chunks: Buffer[]): Promise<void> {
  s.setNoDelay(true);
  for (const c of chunks) {
    s.write(c);
    await new Promise((r) => setImmediate(r));
  }
  s.end();
}

function checkScenarios(r: Replay): void {
  for (const [title, want] of Object.entries(EXPECTED)) {
    const scenario = [...r.callByScenario.keys()].find((k) => k.includes(title));
    assert.ok(scenario, `scenario ${title} is in the transcript`);
    const callId = r.callByScenario.get(scenario) as string;
    const mine = r.events.filter((e) => e.callId === callId);
    assert.deepEqual(
      mine.map((e) => e.type),
      want.types,
      `${title}: event sequence`,
    );
    const end = mine.find((e) => e.type === 'hangup' || e.type === 'originate-failed') as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(want.end)) assert.equal(end[k], v, `${title}: ${k}`);
  }
  // Every event belongs to one of our originates: the -b legs, the sofia inbound legs and the
  // sync originate (no origination_uuid) produced nothing.
  const ours = new Set(r.callByScenario.values());
  assert.deepEqual(
    r.events.filter((e) => !ours.has(e.callId)),
    [],
  );
  assert.equal(r.events.filter((e) => e.type === 'hangup' || e.type === 'originate-failed').length, ours.size);
}

describe('transcript replay through modesl Parser + CallTracker', () => {
  let perMessage: Replay;
  let chopped: Replay;
  before(async () => {
    perMessage = await replay((msgs) => msgs.map((m) => m.bytes));
    // The same bytes cut at arbitrary points, as TCP may deliver them.
    chopped = await replay((msgs) => {
      const all = Buffer.concat(msgs.map((m) => m.bytes));
      const out: Buffer[] = [];
      for (let i = 0, n = 1; i < all.length; i += n, n = 1 + ((n * 7919) % 1500)) out.push(all.subarray(i, i + n));
      return out;
    });
  });

  it('parses every frame type of the capture', () => {
    assert.equal(perMessage.frames.length, serverBytes.length);
    assert.equal(perMessage.frames[0].contentType, 'auth/request');
    assert.equal(perMessage.frames[1].replyText, '+OK accepted');
    const status = parseStatus(perMessage.frames[2].body);
    assert.deepEqual([status.maxSessions, status.sessionsPerSecond], [1000, 100]);
    // api/response bodies keep their trailing newline (NOTES.md 5).
    assert.equal(perMessage.frames[4].body, '-ERR USER_BUSY\n');
    assert.equal(perMessage.frames.at(-2)?.replyText, '+OK bye');
    assert.equal(perMessage.frames.at(-1)?.contentType, 'text/disconnect-notice');
  });

  it('turns every scenario into the right typed events, frame by frame', () => checkScenarios(perMessage));

  it('gives the same result when frames are cut across TCP packets', () => {
    assert.equal(chopped.frames.length, serverBytes.length);
    checkScenarios(chopped);
    const strip = (es: CallEvent[]) => es.map((e) => ({ ...e, at: e.type === 'originated' ? null : e.at }));
    assert.deepEqual(strip(chopped.events).length, strip(perMessage.events).length);
  });

  it('maps the hangup details of a captured answered call', () => {
    const callId = perMessage.callByScenario.get([...perMessage.callByScenario.keys()].find((k) => k.includes('sofia answer')) ?? '');
    const hangup = perMessage.events.find((e) => e.callId === callId && e.type === 'hangup');
    assert.ok(hangup && hangup.type === 'hangup');
    // From variable_answer_uepoch (microseconds), not the whole-second variable_answer_epoch.
    assert.equal(hangup.answeredAt?.getTime(), 1795319948637);
    assert.equal(hangup.ringingAt, undefined);
    assert.equal(hangup.durationSeconds, 3);
  });
});
