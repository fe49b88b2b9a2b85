import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ARTIFACTS, snap } from '../kit/stack';
import { statusIs, useConsole } from '../kit/console';

/** Getting recipients in and results out: file import, recipient lists, the live wallboard, reports. */
const c = useConsole({ signIn: true });
let liveCampaignId = '';

test('import a CSV file: preview with detected columns, progress, rejected rows', async () => {
  const page = c.page;
  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "E2E import" }) { id } }',
  );
  const csv = join(ARTIFACTS, 'import-sample.csv');
  writeFileSync(
    csv,
    'phone,name,city\n+12125550201|+12125550202,Grace Hopper,New York\n+12125550203,Edsger Dijkstra,Austin\nnot-a-number,Nobody,Nowhere\n+12125550204,Barbara Liskov,Boston\n',
  );
  await page.goto(`${c.stack.webUrl}/campaigns/${createCampaign.id}`);
  await page.getByRole('link', { name: /Import a file/ }).click();
  await page.waitForURL(/\/import$/);
  await page.setInputFiles('input[type=file]', csv);
  await page.getByTestId('uploaded').waitFor();
  await page.getByTestId('import-preview').getByText('Grace Hopper').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Column phone' }).inputValue(), 'phone');
  await snap(page, '13-import-preview');
  await page.getByRole('button', { name: 'Import into the campaign' }).click();
  await page.locator('[data-testid=import-result][data-status=COMPLETED]').waitFor();
  await page.getByTestId('rejections').waitFor();
  assert.equal(await page.getByTestId('imported').innerText(), '3');
  assert.equal(await page.getByTestId('rejected').innerText(), '1');
  await snap(page, '14-import-result');
  await page.getByRole('link', { name: 'Back to the campaign' }).first().click();
  await page.locator('[data-counter=total] >> text="3"').waitFor();
});

test('recipient lists: create one, add contacts, attach it to a campaign', async () => {
  const page = c.page;
  const importCampaignUrl = page.url();
  await page.getByRole('link', { name: 'Recipient lists' }).click();
  await page.waitForURL(/\/lists$/);
  await page.fill('input[name=name]', 'Spring prospects');
  await page.getByRole('button', { name: 'Create list' }).click();
  await page.locator('[data-testid=list-row]', { hasText: 'Spring prospects' }).getByRole('link').click();
  await page.waitForURL(/\/lists\/[0-9a-f-]{36}$/);
  await page.fill('textarea[name=contacts]', '+12125550301, Ken Thompson\n+12125550302, Dennis Ritchie\n+12125550203, Edsger again');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '3 added' }).waitFor();
  await page.locator('[data-testid=contact-row]', { hasText: 'Dennis Ritchie' }).waitFor();
  await snap(page, '16-list-detail');
  await page.goto(importCampaignUrl);
  await page.getByRole('combobox', { name: 'List to attach' }).selectOption({ label: 'Spring prospects (3)' });
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '2 added from the list, 1 skipped' }).waitFor();
  await page.locator('[data-counter=total] >> text="5"').waitFor();
});

test('live: the call feed of a campaign while it dials, then dialer status and wallboard', async () => {
  const page = c.page;
  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "E2E live", maxConcurrentCalls: 3, broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
  );
  const recipients = Array.from({ length: 20 }, (_, i) => ({
    name: `Live ${i}`,
    communications: [{ number: `+1212555${String(2000 + i)}` }],
  }));
  await c.stack.api('mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }', {
    c: createCampaign.id,
    r: recipients,
  });
  liveCampaignId = createCampaign.id;
  await page.goto(`${c.stack.webUrl}/campaigns/${createCampaign.id}`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await statusIs(page, 'RUNNING');
  await page.getByTestId('call-feed').waitFor();
  await page.locator('[data-testid=call-feed] [data-state]').first().waitFor({ timeout: 20_000 });
  await snap(page, '17-campaign-live');
  await page.getByRole('link', { name: 'Live', exact: true }).click();
  await page.waitForURL(/\/live$/);
  await page.getByTestId('dialer-status').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-tile=activeCalls] div')?.textContent !== '…');
  await page.locator('[data-testid=live-campaign-row]', { hasText: 'E2E live' }).waitFor();
  await page.getByTestId('live-chart').waitFor({ timeout: 10_000 });
  await snap(page, '18-live');
});

test('reports: statistics of a campaign, the detailed report with call attempts, CSV export', async () => {
  const page = c.page;
  await page.goto(`${c.stack.webUrl}/reports?campaign=${liveCampaignId}`);
  await page.locator('[data-testid=report-totals] [data-total=recipients]', { hasText: '20' }).waitFor();
  await page.getByTestId('by-state').locator('[data-bucket]').first().waitFor();
  await snap(page, '19-reports');
  await page.getByRole('link', { name: 'Detailed report' }).first().click();
  await page.waitForURL(/\/reports\/detailed\//);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=report-row]').length === 20);
  await page.getByRole('button', { name: /Live 0/ }).click();
  await page.getByTestId('call-attempt').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const path = await download.path();
  const csv = readFileSync(path, 'utf8');
  assert.equal(csv.trim().split('\n').length, 21, 'a header and twenty recipients');
  await snap(page, '20-detailed-report');
});

test('live: an agent campaign shows its agents by state, occupancy and the abandon rate over its target', async () => {
  const page = c.page;
  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "E2E floor", type: AGENT, dialingMode: PROGRESSIVE, abandonRateTarget: 3 }) { id } }',
  );
  const db = new Client({ connectionString: c.stack.dbUrl });
  await db.connect();
  try {
    // The last AVAILABLE agent's phone is not registered (the simulator knows no user/3999): "No phone",
    // not available; the others' loopback endpoints count as reachable.
    for (const [i, state] of ['AVAILABLE', 'ON_CALL', 'ON_CALL', 'WRAP_UP', 'BREAK', 'AVAILABLE'].entries()) {
      const { createAgent } = await c.stack.api<{ createAgent: { id: string } }>(
        'mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }',
        {
          i: { name: `Floor ${i}`, endpoint: i === 5 ? 'user/3999' : `loopback/${3000 + i}/default/XML` },
        },
      );
      await c.stack.api('mutation($a: ID!, $c: ID!) { assignAgent(agentId: $a, campaignId: $c) { level } }', {
        a: createAgent.id,
        c: createCampaign.id,
      });
      // Only the dialer puts an agent on a call or in wrap-up: written here as it would have.
      await db.query('update agent set state = $1 where id = $2', [state, createAgent.id]);
    }
    // One recipient due tomorrow keeps it RUNNING with nothing to dial; 1 of 10 answered calls abandoned (10% > 3%).
    const {
      rows: [r],
    } = await db.query<{ id: string }>(
      `insert into campaign_recipient (campaign_id, name, fields, tags, state, callback_at, created_at, updated_at)
      values ($1, 'parked', '{}', '{}', 'SCHEDULED', now() + interval '1 day', now(), now()) returning id`,
      [createCampaign.id],
    );
    await db.query(
      `insert into call_attempt (call_id, campaign_id, recipient_id, attempt_number, number, created_at, answered_at, ended_at, abandoned, counted)
      select gen_random_uuid(), $1, $2, g, '+12125559999', now() - interval '2 minutes', now() - interval '2 minutes', now() - interval '1 minute', g = 1, true
      from generate_series(1, 10) g`,
      [createCampaign.id, r?.id],
    );
    await db.query(`update campaign set status = 'RUNNING', started_at = now() where id = $1`, [createCampaign.id]);
  } finally {
    await db.end();
  }
  await page.goto(`${c.stack.webUrl}/campaigns/${createCampaign.id}`);
  const tile = (state: string) => page.locator(`[data-testid=agent-tiles] [data-agent-tile=${state}] div`).first();
  await page.locator('[data-testid=agent-tiles] [data-agent-tile=ON_CALL] div', { hasText: '2' }).first().waitFor({ timeout: 20_000 });
  // The phones are checked beside the dialer's ticks: wait until the unregistered one is known.
  await page.locator('[data-testid=agent-tiles] [data-agent-tile=NO_PHONE] div', { hasText: '1' }).first().waitFor({ timeout: 20_000 });
  assert.deepEqual(
    await Promise.all(['AVAILABLE', 'NO_PHONE', 'RESERVED', 'WRAP_UP', 'BREAK', 'LOGGED_OUT'].map((s) => tile(s).innerText())),
    ['1', '1', '0', '1', '1', '0'],
  );
  assert.equal(await page.locator('[data-tile=occupancy] div').first().innerText(), '75%');
  const abandon = page.locator('[data-tile=abandonRate]');
  assert.equal(await abandon.getAttribute('data-over-target'), 'true');
  assert.match(await abandon.innerText(), /10\.0%[\s\S]*target 3\.0%/);
  await snap(page, '21-agent-wallboard');
  // The tenant's board counts all of its agents, with no target of its own.
  await page.getByRole('link', { name: 'Live', exact: true }).click();
  await page.waitForURL(/\/live$/);
  await page.locator('[data-testid=agent-tiles] [data-agent-tile=ON_CALL] div', { hasText: '2' }).first().waitFor();
  assert.equal(await page.locator('[data-tile=abandonRate]').getAttribute('data-over-target'), 'false');
  await snap(page, '22-live-agents');
});
