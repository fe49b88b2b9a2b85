import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, snap } from '../kit/stack';
import { statusIs, useConsole } from '../kit/console';

/**
 * A supervisor's day with one campaign: sign in, build it (with the API's field messages),
 * load recipients, run it through start → pause → resume → cancel and read every step back
 * from the history; scheduling, recipient actions, editing, the list's filters and pages,
 * the live indicator across an API restart, and what an agent may see.
 */
const c = useConsole({ signIn: false });
let campaignId = '';

test('sign in: a wrong password is refused, then the campaigns page opens with the live indicator', async () => {
  const page = c.page;
  await page.goto(`${c.stack.webUrl}/campaigns`);
  await page.waitForURL(/\/login/);
  await page.fill('input[name=email]', ADMIN.email);
  await page.fill('input[name=password]', 'not-the-password');
  await page.click('button[type=submit]');
  await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor();
  await snap(page, '01-login');
  await page.fill('input[name=password]', ADMIN.password);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/campaigns$/);
  await page.locator('[data-testid=viewer]', { hasText: ADMIN.email }).waitFor();
  await page.locator('[data-testid=live-indicator][data-status=live]').waitFor();
  const nav = await page.getByRole('navigation', { name: 'Main' }).innerText();
  for (const item of ['Campaigns', 'Gateways', 'Limits', 'API keys', 'Users']) assert.match(nav, new RegExp(item));
});

test('create a campaign: field-level messages from the API, then the campaign page', async () => {
  const page = c.page;
  await page.getByRole('link', { name: 'New campaign' }).click();
  await page.waitForURL(/\/campaigns\/new$/);
  await page.click('button[type=submit]');
  await page.locator('[data-field=name] .fieldError').waitFor();
  await page.fill('input[name=name]', 'E2E spring promo');
  await page.fill('input[name=description]', 'Browser test');
  await page.fill('input[name=maxAttempts]', '0');
  await page.click('button[type=submit]');
  const err = page.locator('[data-field=maxAttempts] .fieldError');
  await err.waitFor();
  assert.ok((await err.innerText()).length > 0);
  await snap(page, '02-campaign-new-validation');
  await page.fill('input[name=maxAttempts]', '3');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  campaignId = page.url().split('/').pop() ?? '';
  await statusIs(page, 'CREATED');
});

test('add recipients: two in the form, thirty by API (not callable before tomorrow)', async () => {
  const page = c.page;
  await page.fill('textarea[name=recipients]', '+12125550101, Ada Lovelace\n+12125550102|+12125550103, Alan Turing');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '2 added' }).waitFor();
  const notBefore = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const recipients = Array.from({ length: 30 }, (_, i) => ({
    name: `Later ${i}`,
    notBefore,
    communications: [{ number: `+1212555${String(1000 + i).padStart(4, '0')}` }],
  }));
  await c.stack.api('mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }', {
    c: campaignId,
    r: recipients,
  });
  await page.reload();
  await page.locator('[data-counter=total] >> text="32"').waitFor();
  await page.locator('[data-testid=recipient-row]', { hasText: 'Ada Lovelace' }).waitFor();
  assert.equal(await page.locator('[data-testid=recipient-row]').count(), 25, 'one page of 25, never the whole list');
  await page.fill('input[name=search]', 'Turing');
  await page.getByRole('form', { name: 'Recipient filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=recipient-row]').length === 1);
});

test('start → pause → resume → cancel, each step in the history timeline', async () => {
  const page = c.page;
  // The form's defaults (no message, no destination) would answer and hang up: the console says so
  // before start, and the start is refused with the reason.
  await page.getByTestId('start-problems').filter({ hasText: 'no broadcast actions and no destination' }).waitFor();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'no broadcast actions and no destination' }).waitFor();
  await statusIs(page, 'CREATED');
  await c.stack.api('mutation($id: ID!) { updateCampaign(id: $id, input: { destination: { kind: EXTENSION, target: "5000" } }) { id } }', {
    id: campaignId,
  });
  await page.reload();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await statusIs(page, 'RUNNING');
  await page.getByRole('button', { name: 'Pause' }).click();
  await statusIs(page, 'PAUSED');
  await page.getByRole('button', { name: 'Resume' }).click();
  await statusIs(page, 'RUNNING');
  await page.getByRole('button', { name: 'Cancel campaign' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await snap(page, '03-cancel-confirm');
  await dialog.getByRole('button', { name: 'Cancel campaign' }).click();
  await statusIs(page, 'CANCELLED');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-event][data-to=CANCELLED]').length === 1);
  const steps = await page
    .locator('[data-testid=history-event]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-to')).filter(Boolean));
  assert.deepEqual(steps, ['CREATED', 'RUNNING', 'PAUSED', 'RUNNING', 'CANCELLED']);
  const history = await page.getByTestId('history').innerText();
  assert.match(history, new RegExp(ADMIN.email));
  await snap(page, '04-campaign-detail');
});

test('start after a delay schedules the campaign; cancelling a scheduled one asks first', async () => {
  const page = c.page;
  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "E2E scheduled", broadcastActions: [{ kind: PLAY, file: "hello.wav" }] }) { id } }',
  );
  await page.goto(`${c.stack.webUrl}/campaigns/${createCampaign.id}`);
  await statusIs(page, 'CREATED');
  await page.getByRole('combobox', { name: 'When to start' }).selectOption('delay');
  await page.getByRole('textbox', { name: 'Delay in seconds' }).fill('3600');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await statusIs(page, 'SCHEDULED');
  await page.getByRole('button', { name: 'Cancel campaign' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel campaign' }).click();
  await statusIs(page, 'CANCELLED');
  await page.goto(`${c.stack.webUrl}/campaigns/${campaignId}`);
  await statusIs(page, 'CANCELLED');
});

test('recipient actions and edit: stop one recipient, then rename and add a broadcast step', async () => {
  const page = c.page;
  // A recipient the dialer cannot have picked (not callable before tomorrow), so it is surely READY.
  await page.fill('input[name=search]', 'Later 7');
  await page.getByRole('form', { name: 'Recipient filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => {
    const rows = document.querySelectorAll('[data-testid=recipient-row]');
    return rows.length === 1 && (rows[0]?.textContent ?? '').includes('Later 7');
  });
  await page.getByRole('checkbox', { name: 'Select Later 7' }).check();
  await page.getByRole('button', { name: 'Stop attempts' }).click();
  await page.getByRole('status').filter({ hasText: 'Stopped: 1 of 1' }).waitFor();
  await page.locator('[data-testid=recipient-row] [data-status=STOPPED]').waitFor();
  await page.getByRole('button', { name: /Later 7/ }).click();
  await page.getByTestId('recipient-detail').waitFor();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.waitForURL(/\/edit$/);
  await page.fill('input[name=name]', 'E2E spring promo v2');
  await page.getByText('Advanced: broadcast script').click();
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('combobox', { name: 'Step 1' }).selectOption('WAIT');
  await page.getByRole('textbox', { name: 'Seconds' }).fill('5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  await page.getByTestId('campaign-name').filter({ hasText: 'E2E spring promo v2' }).waitFor();
  const { campaign } = await c.stack.api<{ campaign: { broadcastActions: Array<{ kind: string; seconds: number | null }> } }>(
    'query($id: ID!) { campaign(id: $id) { broadcastActions { kind seconds } } }',
    { id: campaignId },
  );
  assert.deepEqual(campaign.broadcastActions, [{ kind: 'WAIT', seconds: 5 }]);
});

test('campaign list: filter by status finds the cancelled campaign', async () => {
  const page = c.page;
  await page.getByRole('link', { name: 'Campaigns' }).first().click();
  await page.waitForURL(/\/campaigns$/);
  await page.selectOption('select[name=status]', 'CANCELLED');
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.locator('[data-testid=campaign-row]', { hasText: 'E2E spring promo v2' }).waitFor();
  await page.selectOption('select[name=status]', 'RUNNING');
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.getByText('No campaigns match.').waitFor();
  await page.selectOption('select[name=status]', '');
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.locator('[data-testid=campaign-row]').first().waitFor();
  await snap(page, '05-campaigns');

  // Cursor pages: 25 at a time, "Load more" appends the next page.
  for (let i = 0; i < 26; i++)
    await c.stack.api('mutation($n: String!) { createCampaign(input: { name: $n }) { id } }', { n: `Bulk ${String(i).padStart(2, '0')}` });
  await page.fill('input[name=text]', 'Bulk');
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=campaign-row]').length === 25);
  await page.getByRole('button', { name: 'Load more' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=campaign-row]').length === 26);
  assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);
});

test('live indicator: reconnecting while the API is down, live again after it restarts', async () => {
  const page = c.page;
  await page.goto(`${c.stack.webUrl}/campaigns`);
  await page.locator('[data-testid=live-indicator][data-status=live]').waitFor();
  const restart = await c.stack.stopApi();
  await page.locator('[data-testid=live-indicator][data-status=reconnecting]').waitFor();
  await snap(page, '15-reconnecting');
  await restart();
  await page.locator('[data-testid=live-indicator][data-status=live]').waitFor({ timeout: 30_000 });
});

test('agent desk: an agent sees no settings, goes available and gets the screen-pop of a call, then reports the result', async () => {
  const page = c.page;
  const { createUser } = await c.stack.api<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: { email: 'agent@pacer.local', name: 'Agent One', password: 'agent-pass-1', role: 'AGENT' },
    },
  );
  const { createAgent } = await c.stack.api<{ createAgent: { id: string } }>(
    'mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }',
    {
      i: { name: 'Agent One', endpoint: 'user/1001', userId: createUser.id },
    },
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await page.fill('input[name=email]', 'agent@pacer.local');
  await page.fill('input[name=password]', 'agent-pass-1');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/desk$/);
  await page.locator('[data-testid=viewer]', { hasText: 'AGENT' }).waitFor();
  const nav = await page.getByRole('navigation', { name: 'Main' }).innerText();
  assert.doesNotMatch(nav, /Gateways|Users|API keys|Agents/);
  await page.locator('[data-testid=my-state] [data-agent-state=LOGGED_OUT]').waitFor();
  await page.getByRole('button', { name: 'Available' }).click();
  await page.locator('[data-testid=my-state] [data-agent-state=AVAILABLE]').waitFor();
  await snap(page, '12-agent-desk');

  // A progressive AGENT campaign with this agent on it: the call reaches the agent with the full record.
  const { createCampaign } = await c.stack.api<{ createCampaign: { id: string } }>(
    'mutation { createCampaign(input: { name: "E2E agents", type: AGENT, dialingMode: PROGRESSIVE, waitForResult: true }) { id } }',
  );
  await c.stack.api('mutation($a: ID!, $c: ID!) { assignAgent(agentId: $a, campaignId: $c) { level } }', {
    a: createAgent.id,
    c: createCampaign.id,
  });
  await c.stack.api(
    'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r, autoRun: true) { added } }',
    {
      c: createCampaign.id,
      // A number ending 0000 answers (the simulator's digit convention): the result needs a conversation.
      r: [{ name: 'Margaret Hamilton', communications: [{ number: '+12125510000' }], variables: { plan: 'gold' } }],
    },
  );
  await page.getByTestId('screen-pop').waitFor({ timeout: 30_000 });
  await page.getByTestId('screen-pop').getByText('Margaret Hamilton').waitFor();
  assert.equal(await page.locator('[data-field-name=plan]').innerText(), 'gold');
  await snap(page, '12b-agent-screen-pop');
  // A desk reloaded mid-call (or after it, while the result is awaited) gets the call back.
  await page.reload();
  await page.getByTestId('screen-pop').getByText('Margaret Hamilton').waitFor({ timeout: 10_000 });
  // The result is for a conversation: its form opens once the customer is on the line.
  await page.locator('[data-testid=screen-pop][data-phase=BRIDGED]').waitFor({ timeout: 30_000 });
  await page.fill('input[name=disposition]', 'SALE');
  await page.getByRole('button', { name: 'Save result' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
});
