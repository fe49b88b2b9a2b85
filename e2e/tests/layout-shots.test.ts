import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN, ARTIFACTS } from '../kit/stack';
import { signIn, statusIs, useConsole } from '../kit/console';

/**
 * The console at the two widths people use (1280 and 1920 px): the live campaign page while it
 * dials, the wallboard, reports and the agent desk through a preview call. Each page is
 * photographed at both widths (e2e/artifacts/shots/) and checked for what breaks a layout:
 * a horizontal scroll, the recipients table squeezed into a column, buttons of mixed sizes.
 */
const c = useConsole({ signIn: true });
const SHOTS = join(ARTIFACTS, 'shots');
const WIDTHS = [1280, 1920] as const;
let campaignId = '';

/** Both widths: layout checks at each, then a full-page screenshot. */
async function shoot(page: Page, name: string, check?: (width: number) => Promise<void>): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await assertLayout(page, `${name} at ${width}`);
    await check?.(width);
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
}

/** No horizontal scroll, no figure spilling out of its tile, each button family (regular, small) of one height. */
async function assertLayout(page: Page, where: string): Promise<void> {
  const m = await page.evaluate(() => {
    const heights: Record<string, number[]> = { regular: [], small: [] };
    for (const b of Array.from(document.querySelectorAll<HTMLElement>('main .button'))) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const family = b.classList.contains('link') ? 'link' : b.classList.contains('small') ? 'small' : 'regular';
      if (family !== 'link') heights[family]?.push(Math.round(r.height));
    }
    // A figure wider than its tile is cut or spills over the next one.
    const spilled = Array.from(document.querySelectorAll<HTMLElement>('main [data-tile]'))
      .filter((t) => t.scrollWidth > t.clientWidth + 1)
      .map((t) => `tile ${t.dataset.tile}`);
    // A table wider than its card runs over the card's edge (the page itself need not scroll).
    for (const card of Array.from(document.querySelectorAll<HTMLElement>('main .card')))
      if (card.scrollWidth > card.clientWidth + 1) spilled.push(`card "${card.querySelector('h2')?.textContent ?? '?'}"`);
    return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, heights, spilled };
  });
  assert.ok(m.scroll <= m.inner, `${where}: the page scrolls sideways (${m.scroll} > ${m.inner} px)`);
  assert.deepEqual(m.spilled, [], `${where}: figures or tables wider than their tiles or cards`);
  for (const [family, hs] of Object.entries(m.heights)) {
    const distinct = [...new Set(hs)];
    assert.ok(
      distinct.length === 0 || Math.max(...distinct) - Math.min(...distinct) <= 1,
      `${where}: ${family} buttons of heights ${distinct.join(', ')} px`,
    );
  }
}

test('layout: the live campaign page while it dials, its recipients table using the page width', async () => {
  const page = c.page;
  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "Spring renewals", maxConcurrentCalls: 4, broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
  );
  campaignId = createCampaign.id;
  const recipients = Array.from({ length: 40 }, (_, i) => ({
    name: `Customer number ${i + 1}`,
    communications: [{ number: `+1212556${String(1000 + i)}` }],
    variables: { plan: i % 2 ? 'gold' : 'silver' },
  }));
  await c.stack.api('mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }', {
    c: campaignId,
    r: recipients,
  });
  await page.goto(`${c.stack.webUrl}/campaigns/${campaignId}`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await statusIs(page, 'RUNNING');
  await page.locator('[data-testid=call-feed] [data-state]').first().waitFor({ timeout: 20_000 });
  await page.locator('[data-testid=recipient-row]').first().waitFor();
  await shoot(page, 'campaign-live', async (width) => {
    const [table, main] = await Promise.all([
      page.getByTestId('recipients').boundingBox(),
      page.evaluate(() => {
        const el = document.querySelector('main');
        if (!el) return 0;
        const s = getComputedStyle(el);
        return el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      }),
    ]);
    assert.ok(table && main > 0, 'the recipients table and the main area are on the page');
    assert.ok(table.width >= 0.8 * main, `at ${width} px the recipients table is ${Math.round(table.width)} of ${main} px`);
  });
});

test('layout: the wallboard with its chart', async () => {
  const page = c.page;
  await page.goto(`${c.stack.webUrl}/live`);
  await page.waitForFunction(() => document.querySelector('[data-tile=activeCalls] div')?.textContent !== '…');
  await page.locator('[data-testid=live-campaign-row]', { hasText: 'Spring renewals' }).waitFor();
  await page.getByTestId('live-chart').waitFor({ timeout: 10_000 });
  await shoot(page, 'wallboard');
});

test('layout: reports of the campaign', async () => {
  const page = c.page;
  await page.goto(`${c.stack.webUrl}/reports?campaign=${campaignId}`);
  await page.locator('[data-testid=report-totals] [data-total=recipients]', { hasText: '40' }).waitFor();
  await page.getByTestId('by-state').locator('[data-bucket]').first().waitFor();
  await shoot(page, 'reports');
});

test('agent desk, preview: Dial / Skip with the time left; Skip brings the next recipient; Available and the result wait for the call', async () => {
  const page = c.page;
  const { createUser } = await c.stack.api<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: { email: 'preview@pacer.local', name: 'Paula Preview', password: 'agent-pass-2', role: 'AGENT' },
    },
  );
  const { createAgent } = await c.stack.api<{ createAgent: { id: string } }>(
    'mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }',
    {
      i: { name: 'Paula Preview', endpoint: 'user/1002', userId: createUser.id },
    },
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await signIn(page, c.stack.webUrl, 'preview@pacer.local', 'agent-pass-2', /\/desk$/);
  const available = page.locator('[data-testid=my-state]').getByRole('button', { name: 'Available' });
  await available.click();
  await page.locator('[data-testid=my-state] [data-agent-state=AVAILABLE]').waitFor();
  assert.equal(await available.isDisabled(), true, 'already available');

  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "Preview renewals", type: AGENT, dialingMode: PREVIEW }) { id } }',
  );
  await c.stack.api('mutation($a: ID!, $c: ID!) { assignAgent(agentId: $a, campaignId: $c) { level } }', {
    a: createAgent.id,
    c: createCampaign.id,
  });
  // Numbers ending 0000 answer (the simulator's digit convention); user/1002 answers after 2 s.
  await c.stack.api(
    'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r, autoRun: true) { added } }',
    {
      c: createCampaign.id,
      r: ['Ada Byron', 'Alan Turing', 'Joan Clarke'].map((name, i) => ({
        name,
        communications: [{ number: `+121255${7 + i}0000` }],
        variables: { plan: 'gold', renewal: '2027-01-31' },
      })),
    },
  );
  const pop = page.getByTestId('screen-pop');
  const offer = page.locator('[data-testid=screen-pop][data-preview=true][data-phase=OFFERED]');
  await offer.waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=my-state] [data-agent-state=RESERVED]').waitFor();
  assert.match(await page.getByTestId('offer-left').innerText(), /^Skipped by itself in \d+\s+s$/);
  assert.equal(await available.isDisabled(), true, 'Available is off while a call is offered');
  assert.equal(await page.getByRole('button', { name: 'Save result' }).isDisabled(), true, 'no result before the call');
  const first = await page.getByTestId('pop-name').innerText();
  await shoot(page, 'desk-preview-offer');

  await page.getByTestId('preview-decision').getByRole('button', { name: 'Skip' }).click();
  await page
    .locator('[data-testid=screen-pop][data-phase=OFFERED] [data-testid=pop-name]', { hasNotText: first })
    .waitFor({ timeout: 20_000 });
  const second = await page.getByTestId('pop-name').innerText();
  assert.notEqual(second, first, 'the skipped recipient steps aside: the next one is offered');

  await page.getByTestId('preview-decision').getByRole('button', { name: 'Dial' }).click();
  // Read at once, in the page, as soon as the offer is dialed: the customer rings for 2 s and the agent's phone for 2 s more.
  await page.locator('[data-testid=screen-pop]:not([data-phase=OFFERED])').waitFor();
  const ringing = await page.evaluate(() => ({
    phase: document.querySelector<HTMLElement>('[data-testid=screen-pop]')?.dataset.phase,
    result: document.querySelector<HTMLFieldSetElement>('[data-testid=result-fields]')?.disabled,
    decision: document.querySelector('[data-testid=preview-decision]') !== null,
  }));
  assert.deepEqual(ringing, { phase: 'DIALING', result: true, decision: false }, 'dialed: no Dial / Skip, no result yet');
  await page.locator('[data-testid=screen-pop][data-phase=BRIDGED]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=my-state] [data-agent-state=ON_CALL]').waitFor();
  assert.equal(await available.isDisabled(), true, 'Available is off during the call');
  assert.equal(await page.locator('[data-testid=my-state]').getByRole('button', { name: 'Break' }).isDisabled(), true);
  assert.equal(await page.getByRole('button', { name: 'Save result' }).isDisabled(), false, 'the result once the customer is on the line');
  assert.equal(await page.getByTestId('pop-name').innerText(), second);
  await shoot(page, 'desk-preview-call');
  await page.fill('input[name=disposition]', 'RENEWED');
  await page.getByRole('button', { name: 'Save result' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await signOutTo(page);
});

/** Leaves the console signed in as the admin again (the hooks' last screenshot stays meaningful). */
async function signOutTo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await signIn(page, c.stack.webUrl, ADMIN.email, ADMIN.password);
}
