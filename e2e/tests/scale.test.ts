import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Page, Response } from 'playwright-core';
import { snap } from '../kit/stack';
import { useConsole } from '../kit/console';
import { waitFor } from '../kit/processes';

/**
 * The console at scale, measured and printed:
 *  1. a 1,000,000-recipient campaign page shows its counters and one page of recipients
 *     quickly and never fetches the whole list (bytes of every /graphql response counted);
 *  2. the campaign's live view keeps rendering smoothly while the bus carries ~200 call
 *     events a second (published exactly as the dialer does: pg_notify on pacer_events).
 * Knobs: E2E_SCALE_RECIPIENTS, E2E_SCALE_EVENTS_PER_S, E2E_SCALE_EVENTS_S, E2E_SCALE_TICK_MS
 * (50 = batches like the dialer's flush; 5 = nearly one NOTIFY per event, the worst case).
 */
const c = useConsole({ signIn: true });

const RECIPIENTS = Number(process.env.E2E_SCALE_RECIPIENTS ?? 1_000_000);
const EVENTS_PER_S = Number(process.env.E2E_SCALE_EVENTS_PER_S ?? 200);
const EVENTS_S = Number(process.env.E2E_SCALE_EVENTS_S ?? 20);
/** The dialer flushes its buffered call states every main-loop tick; this is at least as often. */
const TICK_MS = Number(process.env.E2E_SCALE_TICK_MS ?? 50);
/** NOTIFY caps a payload at 8000 bytes; the dialer sends at most 25 items a message. */
const ITEMS_PER_MESSAGE = 25;

let campaignId = '';
let tenantId = '';
const fmt = (n: number) => n.toLocaleString('en-US');

/** Sums the bytes of the /graphql responses the page receives while counting is on. */
function graphqlBytes(page: Page): { reset(): void; settle(): Promise<{ responses: number; bytes: number; largest: number }> } {
  let pending: Array<Promise<number>> = [];
  page.on('response', (r: Response) => {
    if (new URL(r.url()).pathname !== '/graphql' || r.request().method() !== 'POST') return;
    pending.push(
      r.body().then(
        (b) => b.length,
        () => 0,
      ),
    );
  });
  return {
    reset() {
      pending = [];
    },
    async settle() {
      const sizes = await Promise.all(pending);
      return { responses: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), largest: Math.max(0, ...sizes) };
    },
  };
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

test('1,000,000-recipient campaign: counters and one page of recipients, small responses, paging', async () => {
  const page = c.page;
  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "E2E million" }) { id } }',
  );
  campaignId = createCampaign.id;
  const db = new Client({ connectionString: c.stack.dbUrl });
  await db.connect();
  try {
    tenantId = (await db.query<{ tenant_id: string }>('select tenant_id from campaign where id = $1', [campaignId])).rows[0].tenant_id;
    const t0 = Date.now();
    await db.query(
      `
      with r as (insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
        select $1, 'Recipient ' || lpad(g::text, 7, '0'), '{}', '{}', now(), now() from generate_series(1, $2::int) g returning id)
      insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
      select id, $1, '+1' || lpad(id::text, 10, '0'), 0, false from r`,
      [campaignId, RECIPIENTS],
    );
    await db.query('analyze campaign_recipient; analyze recipient_phone');
    console.log(
      `# scale: loaded ${fmt(RECIPIENTS)} recipients + ${fmt(RECIPIENTS)} numbers set-based in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  } finally {
    await db.end();
  }

  const bytes = graphqlBytes(page);
  const rows = page.locator('[data-testid=recipients] [data-testid=recipient-row]');
  const t0 = Date.now();
  await page.goto(`${c.stack.webUrl}/campaigns/${campaignId}`);
  await page.locator(`[data-counter=total] >> text="${RECIPIENTS}"`).waitFor({ timeout: 30_000 });
  const countersMs = Date.now() - t0;
  await rows.nth(24).waitFor({ timeout: 30_000 });
  const firstPageMs = Date.now() - t0;
  assert.equal(await rows.count(), 25, 'one page of 25 recipients');
  const firstName = await rows.first().locator('td').nth(1).innerText();
  const loaded = await bytes.settle();
  await snap(page, '40-scale-million-page');

  bytes.reset();
  const tp = Date.now();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByText(/^Page 2$/).waitFor();
  await page.waitForFunction((first) => {
    const r = document.querySelectorAll('[data-testid=recipients] [data-testid=recipient-row]');
    return r.length === 25 && !r[0].textContent?.includes(first.replace(/^▸\s*/, ''));
  }, firstName);
  const pageMs = Date.now() - tp;
  const paged = await bytes.settle();
  assert.equal(await rows.count(), 25);
  await snap(page, '41-scale-million-page-2');

  console.log(
    `# scale: ${fmt(RECIPIENTS)}-recipient campaign page: counters visible in ${countersMs} ms, first 25 recipients in ${firstPageMs} ms`,
  );
  console.log(
    `# scale: /graphql on load: ${loaded.responses} responses, ${fmt(loaded.bytes)} bytes in all (largest ${fmt(loaded.largest)} bytes)`,
  );
  console.log(`# scale: next page in ${pageMs} ms: ${paged.responses} responses, ${fmt(paged.bytes)} bytes`);
  // 25 rows are ~10 KB of JSON; the whole list would be ~150 MB. 200 KB leaves room for the
  // page's other queries and refuses anything that grows with the recipient count.
  assert.ok(loaded.bytes < 200_000, `the page fetched ${loaded.bytes} bytes`);
  assert.ok(paged.bytes < 50_000, `the next page fetched ${paged.bytes} bytes`);
  assert.ok(firstPageMs < 15_000, `first page after ${firstPageMs} ms`);
});

/** Counts call events and wallboards arriving on the page's subscription socket. */
const WS_HOOK = `(() => {
  const stats = { messages: 0, events: 0, wallboards: 0, seen: {} };
  window.__pacerWs = stats;
  const Orig = window.WebSocket;
  window.WebSocket = class extends Orig {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (m) => {
        try {
          const d = JSON.parse(m.data);
          const data = d && d.payload && d.payload.data;
          if (data && data.callEvents) {
            stats.messages += 1;
            stats.events += data.callEvents.events.length;
            for (const e of data.callEvents.events) stats.seen[e.callId] = true;
          }
          if (data && data.wallboard) stats.wallboards += 1;
        } catch (e) { /* not JSON */ }
      });
    }
  };
})();`;

/** Frame gaps (requestAnimationFrame) and long tasks until __pacerPerfStop() is called. */
const PERF_START = `(() => {
  const perf = { gaps: [], long: [], start: performance.now(), end: 0, stop: false };
  window.__pacerPerf = perf;
  let last = performance.now();
  const loop = (t) => { if (perf.stop) return; perf.gaps.push(t - last); last = t; requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) perf.long.push(e.duration); });
  obs.observe({ type: 'longtask' });
  window.__pacerPerfStop = () => { perf.stop = true; perf.end = performance.now(); obs.disconnect(); return { gaps: perf.gaps, long: perf.long, ms: perf.end - perf.start }; };
})()`;

interface WsStats {
  messages: number;
  events: number;
  wallboards: number;
  /** Call ids seen in callEvents messages. */
  seen: Record<string, boolean>;
}
interface PerfResult {
  gaps: number[];
  long: number[];
  ms: number;
}

test('live view at 200 call events/s: every event arrives, frames keep coming, no long task', async () => {
  assert.ok(campaignId, 'the million campaign exists');
  const page = c.page;
  await page.addInitScript({ content: WS_HOOK });
  const db = new Client({ connectionString: c.stack.dbUrl });
  await db.connect();
  try {
    // Paused: the live view is shown (as while running) but the dialer places no calls.
    await db.query(`update campaign set status = 'PAUSED', started_at = now() where id = $1`, [campaignId]);
    const notify = (topic: string, payload: unknown) =>
      db.query('select pg_notify($1, $2)', ['pacer_events', JSON.stringify({ topic, payload })]);
    const ids = (
      await db.query<{ id: string; number: string }>(
        'select r.id::text as id, p.number from campaign_recipient r join recipient_phone p on p.recipient_id = r.id where r.campaign_id = $1 order by r.id limit 500',
        [campaignId],
      )
    ).rows;
    const states = ['dialing', 'ringing', 'answered', 'hangup'] as const;
    let seq = 0;
    const event = () => {
      const n = seq++;
      const r = ids[Math.floor(n / 4) % ids.length];
      const state = states[n % 4];
      return {
        callId: `call-${Math.floor(n / 4)}`,
        recipientId: r.id,
        number: r.number,
        state,
        outcome: state === 'hangup' ? 'ANSWERED' : null,
        at: new Date().toISOString(),
      };
    };
    const wallboard = (campaign: string | null, i: number) =>
      notify('WALLBOARD', {
        tenantId,
        campaignId: campaign,
        activeCalls: 150 + (i % 20),
        callsPerMinute: EVENTS_PER_S * 15,
        answerRate: 0.4,
        recipientsRemaining: RECIPIENTS - i * 50,
        etaSeconds: 3600,
        at: new Date().toISOString(),
      });

    const bytes = graphqlBytes(page);
    await page.reload();
    await page.getByTestId('call-feed').waitFor();
    const received = () => page.evaluate<WsStats>('window.__pacerWs');
    // The subscription is live once a probe event comes back. Probes sent before it was live are
    // never delivered, so "every probe landed" is judged by a last marker probe instead: events
    // of one subscription arrive in order, so once the marker is in, every probe before it that
    // could land has (and none of them is counted as part of the measured run).
    await waitFor(
      'the call feed subscription to deliver a probe event',
      async () => {
        await notify('CALL_STATE', { tenantId, campaignId, events: [event()] });
        return (await received()).events > 0;
      },
      30_000,
    );
    const marker = { ...event(), callId: 'probe-marker' };
    await notify('CALL_STATE', { tenantId, campaignId, events: [marker] });
    await waitFor(
      'the marker probe to land (and every probe before it)',
      async () => (await received()).seen['probe-marker'] === true,
      30_000,
    );
    await page.locator('[data-testid=call-feed] [data-state]').first().waitFor();
    const before = await received();
    bytes.reset();

    await page.evaluate(PERF_START);
    let sent = 0;
    let messages = 0;
    let boards = 0;
    const t0 = Date.now();
    const end = t0 + EVENTS_S * 1000;
    let nextBoard = t0;
    for (let now = Date.now(); now < end; now = Date.now()) {
      const due = Math.floor(((now - t0) / 1000) * EVENTS_PER_S) - sent;
      for (let left = due; left > 0; left -= ITEMS_PER_MESSAGE) {
        const batch = Array.from({ length: Math.min(ITEMS_PER_MESSAGE, left) }, event);
        await notify('CALL_STATE', { tenantId, campaignId, events: batch });
        sent += batch.length;
        messages += 1;
      }
      if (now >= nextBoard) {
        await Promise.all([wallboard(campaignId, boards), wallboard(null, boards)]);
        boards += 1;
        nextBoard += 1000;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, TICK_MS - (Date.now() - now))));
    }
    const sendMs = Date.now() - t0;
    // Let the last events land (the deadline only bounds a failure), then stop measuring.
    await waitFor('the page to receive the events sent', async () => (await received()).events - before.events >= sent, 30_000).catch(
      () => undefined,
    );
    const perf = await page.evaluate<PerfResult>('window.__pacerPerfStop()');
    const after = await received();
    const feedRows = await page.locator('[data-testid=call-feed] [data-state]').count();
    const during = await bytes.settle();
    await snap(page, '42-scale-live-200-events-per-s');

    const got = after.events - before.events;
    const frames = perf.gaps.length;
    const fps = frames / (perf.ms / 1000);
    const p95 = pct(perf.gaps, 95);
    const maxGap = Math.max(0, ...perf.gaps);
    const longMax = Math.max(0, ...perf.long);
    const longTotal = perf.long.reduce((a, b) => a + b, 0);
    console.log(
      `# scale: live: sent ${fmt(sent)} call events in ${messages} NOTIFYs over ${(sendMs / 1000).toFixed(1)} s (${(sent / (sendMs / 1000)).toFixed(0)}/s) + ${boards * 2} wallboards`,
    );
    console.log(
      `# scale: live: page received ${fmt(got)} events in ${after.messages - before.messages} messages (${((got / sent) * 100).toFixed(1)}%), ${after.wallboards - before.wallboards} wallboards; feed shows ${feedRows} rows`,
    );
    console.log(
      `# scale: live: ${frames} frames in ${(perf.ms / 1000).toFixed(1)} s = ${fps.toFixed(1)} fps; frame gap p50 ${pct(perf.gaps, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${maxGap.toFixed(1)} ms`,
    );
    console.log(
      `# scale: live: long tasks ${perf.long.length}, total ${longTotal.toFixed(0)} ms, longest ${longMax.toFixed(0)} ms; /graphql meanwhile ${during.responses} responses, ${fmt(during.bytes)} bytes`,
    );

    assert.ok(got >= sent * 0.99, `the page received ${got} of ${sent} events`);
    assert.ok(feedRows > 0 && feedRows <= 100, `the feed is capped (${feedRows} rows)`);
    // Frame gaps and long tasks are printed above as figures, not asserted: they measure the
    // machine as much as the console (a busy CI machine would fail a threshold with nothing broken).
    // Read them on a quiet machine: p95 under 100 ms keeps 10+ paints a second; a 200 ms task is a visible freeze.
  } finally {
    await db.end();
  }
});
