import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, ARTIFACTS, snap, startStack, type Stack } from '../kit/stack';

/**
 * The console against the whole product: sign in, build a campaign, load recipients, run it
 * through start → pause → resume → cancel and read every step back from the history; then
 * the settings pages. Tests run in order and share one signed-in page.
 */
let stack: Stack;
let page: Page;
let campaignId = '';
let liveCampaignId = '';

before(async () => {
  stack = await startStack();
  page = await stack.newPage();
  page.setDefaultTimeout(15_000);
});
// Every test leaves a picture of where it ended: on a failure, that is the page that failed.
afterEach(async (t) => {
  await snap(page, `end-${t.name.replace(/[^\w]+/g, '-').slice(0, 40)}`).catch(() => undefined);
});
after(async () => {
  if (stack?.browserErrors.length) console.log(`# browser errors:\n#   ${stack.browserErrors.join('\n#   ')}`);
  await stack?.stop();
});

async function statusIs(status: string): Promise<void> {
  await page.locator(`[data-testid="campaign-status"] [data-status="${status}"]`).waitFor();
}

test('sign in: a wrong password is refused, then the campaigns page opens with the live indicator', async () => {
  await page.goto(`${stack.webUrl}/campaigns`);
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
  await statusIs('CREATED');
});

test('add recipients: two in the form, thirty by API (not callable before tomorrow)', async () => {
  await page.fill('textarea[name=recipients]', '+12125550101, Ada Lovelace\n+12125550102|+12125550103, Alan Turing');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '2 added' }).waitFor();
  const notBefore = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const recipients = Array.from({ length: 30 }, (_, i) => ({
    name: `Later ${i}`, notBefore, communications: [{ number: `+1212555${String(1000 + i).padStart(4, '0')}` }],
  }));
  await stack.api('mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }', { c: campaignId, r: recipients });
  await page.reload();
  await page.locator('[data-counter=total] >> text="32"').waitFor();
  await page.locator('[data-testid=recipient-row]', { hasText: 'Ada Lovelace' }).waitFor();
  assert.equal(await page.locator('[data-testid=recipient-row]').count(), 25, 'one page of 25, never the whole list');
  await page.fill('input[name=search]', 'Turing');
  await page.getByRole('form', { name: 'Recipient filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=recipient-row]').length === 1);
});

test('start → pause → resume → cancel, each step in the history timeline', async () => {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await statusIs('RUNNING');
  await page.getByRole('button', { name: 'Pause' }).click();
  await statusIs('PAUSED');
  await page.getByRole('button', { name: 'Resume' }).click();
  await statusIs('RUNNING');
  await page.getByRole('button', { name: 'Cancel campaign' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await snap(page, '03-cancel-confirm');
  await dialog.getByRole('button', { name: 'Cancel campaign' }).click();
  await statusIs('CANCELLED');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=history-event][data-to=CANCELLED]').length === 1);
  const steps = await page.locator('[data-testid=history-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-to')).filter(Boolean));
  assert.deepEqual(steps, ['CREATED', 'RUNNING', 'PAUSED', 'RUNNING', 'CANCELLED']);
  const history = await page.getByTestId('history').innerText();
  assert.match(history, new RegExp(ADMIN.email));
  await snap(page, '04-campaign-detail');
});

test('start after a delay schedules the campaign; cancelling a scheduled one asks first', async () => {
  const { createCampaign } = await stack.api<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "E2E scheduled" }) { id } }');
  await page.goto(`${stack.webUrl}/campaigns/${createCampaign.id}`);
  await statusIs('CREATED');
  await page.getByRole('combobox', { name: 'When to start' }).selectOption('delay');
  await page.getByRole('textbox', { name: 'Delay in seconds' }).fill('3600');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await statusIs('SCHEDULED');
  await page.getByRole('button', { name: 'Cancel campaign' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel campaign' }).click();
  await statusIs('CANCELLED');
  await page.goto(`${stack.webUrl}/campaigns/${campaignId}`);
  await statusIs('CANCELLED');
});

test('recipient actions and edit: stop one recipient, then rename and add a broadcast step', async () => {
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
  const { campaign } = await stack.api<{ campaign: { broadcastActions: Array<{ kind: string; seconds: number | null }> } }>(
    'query($id: ID!) { campaign(id: $id) { broadcastActions { kind seconds } } }', { id: campaignId });
  assert.deepEqual(campaign.broadcastActions, [{ kind: 'WAIT', seconds: 5 }]);
});

test('campaign list: filter by status finds the cancelled campaign', async () => {
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
  for (let i = 0; i < 26; i++) await stack.api('mutation($n: String!) { createCampaign(input: { name: $n }) { id } }', { n: `Bulk ${String(i).padStart(2, '0')}` });
  await page.fill('input[name=text]', 'Bulk');
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=campaign-row]').length === 25);
  await page.getByRole('button', { name: 'Load more' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=campaign-row]').length === 26);
  assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);
});

test('import a CSV file: preview with detected columns, progress, rejected rows', async () => {
  const { createCampaign } = await stack.api<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "E2E import" }) { id } }');
  const csv = join(ARTIFACTS, 'import-sample.csv');
  writeFileSync(csv, 'phone,name,city\n+12125550201|+12125550202,Grace Hopper,New York\n+12125550203,Edsger Dijkstra,Austin\nnot-a-number,Nobody,Nowhere\n+12125550204,Barbara Liskov,Boston\n');
  await page.goto(`${stack.webUrl}/campaigns/${createCampaign.id}`);
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

test('live: dialer status, wallboard and the call feed of a campaign while it dials', async () => {
  const { createCampaign } = await stack.api<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "E2E live", maxConcurrentCalls: 3 }) { id } }');
  const recipients = Array.from({ length: 6 }, (_, i) => ({ name: `Live ${i}`, communications: [{ number: `+1212555${String(2000 + i)}` }] }));
  await stack.api('mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r, autoRun: true) { added } }', { c: createCampaign.id, r: recipients });
  liveCampaignId = createCampaign.id;
  await page.getByRole('link', { name: 'Live', exact: true }).click();
  await page.waitForURL(/\/live$/);
  await page.getByTestId('dialer-status').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-tile=activeCalls] div')?.textContent !== '…');
  await page.locator('[data-testid=live-campaign-row]', { hasText: 'E2E live' }).waitFor();
  await page.goto(`${stack.webUrl}/campaigns/${createCampaign.id}`);
  await page.getByTestId('call-feed').waitFor();
  await page.locator('[data-testid=call-feed] [data-state]').first().waitFor({ timeout: 20_000 });
  await snap(page, '17-campaign-live');
  await page.getByRole('link', { name: 'Live', exact: true }).click();
  await page.getByTestId('live-chart').waitFor({ timeout: 10_000 });
  await snap(page, '18-live');
});

test('reports: statistics of a campaign, the detailed report with call attempts, CSV export', async () => {
  await page.goto(`${stack.webUrl}/reports?campaign=${liveCampaignId}`);
  await page.locator('[data-testid=report-totals] [data-total=recipients]', { hasText: '6' }).waitFor();
  await page.getByTestId('by-state').locator('[data-bucket]').first().waitFor();
  await snap(page, '19-reports');
  await page.getByRole('link', { name: 'Detailed report' }).first().click();
  await page.waitForURL(/\/reports\/detailed\//);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=report-row]').length === 6);
  await page.getByRole('button', { name: /Live 0/ }).click();
  await page.getByTestId('call-attempt').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const path = await download.path();
  const csv = readFileSync(path, 'utf8');
  assert.equal(csv.trim().split('\n').length, 7, 'a header and six recipients');
  await snap(page, '20-detailed-report');
});

test('settings: add and disable a gateway, change a limit, create an API key shown once', async () => {
  await page.getByRole('link', { name: 'Gateways' }).click();
  await page.waitForURL(/\/settings\/gateways$/);
  await page.fill('input[name=name]', 'trunk-a');
  await page.fill('input[name=dialString]', 'sofia/gateway/trunk-a/{number}');
  await page.getByRole('button', { name: 'Add gateway' }).click();
  const row = page.locator('[data-testid=gateway-row]', { hasText: 'trunk-a' });
  await row.waitFor();
  await row.getByRole('checkbox', { name: 'trunk-a enabled' }).click();
  await row.getByText('Disabled').waitFor();
  const { gateways } = await stack.api<{ gateways: Array<{ name: string; enabled: boolean }> }>('{ gateways { name enabled } }');
  assert.deepEqual(gateways, [{ name: 'trunk-a', enabled: false }]);
  await snap(page, '06-settings-gateways');

  await page.getByRole('link', { name: 'Limits' }).click();
  await page.waitForURL(/\/settings\/limits$/);
  await page.fill('input[name=maxTotalCalls]', '0');
  await page.getByRole('button', { name: 'Save limits' }).click();
  await page.locator('[data-field=maxTotalCalls] .fieldError').waitFor();
  await page.fill('input[name=maxTotalCalls]', '42');
  await page.getByRole('button', { name: 'Save limits' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await page.reload();
  assert.equal(await page.inputValue('input[name=maxTotalCalls]'), '42');
  await snap(page, '07-settings-limits');

  await page.getByRole('link', { name: 'API keys' }).click();
  await page.waitForURL(/\/settings\/api-keys$/);
  await page.fill('input[name=name]', 'CRM integration');
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = await page.getByTestId('api-key-value').innerText();
  const me = await fetch(stack.apiUrl, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key.trim()}` }, body: '{"query":"{ me { kind label } }"}',
  }).then((r) => r.json() as Promise<{ data?: { me: { kind: string; label: string } } }>);
  assert.equal(me.data?.me.kind, 'API_KEY');
  await page.locator('[data-testid=api-key-row]', { hasText: 'CRM integration' }).waitFor();
  await snap(page, '08-settings-api-keys');
  await page.reload();
  assert.equal(await page.getByTestId('new-api-key').count(), 0, 'the clear key is never shown again');
});

test('settings: a calendar, a DNC number, and the users page', async () => {
  await page.getByRole('link', { name: 'Calendars' }).click();
  await page.waitForURL(/\/settings\/calendars$/);
  await page.fill('input[name=name]', 'Office hours');
  await page.selectOption('select[name=timeZone]', 'Europe/Berlin');
  await page.fill('textarea[name=exceptions]', '2026-12-25 closed\n2026-12-24 09:00-13:00');
  await page.getByRole('button', { name: 'Add calendar' }).click();
  const cal = page.locator('[data-testid=calendar-row]', { hasText: 'Office hours' });
  await cal.waitFor();
  assert.match(await cal.innerText(), /Mon 09:00–18:00/);
  await snap(page, '09-settings-calendars');

  await page.getByRole('link', { name: 'Do not call' }).click();
  await page.waitForURL(/\/settings\/dnc$/);
  await page.fill('textarea[name=numbers]', '+12125550999\nnot a number');
  await page.getByRole('button', { name: 'Add to list' }).click();
  await page.getByRole('alert').first().waitFor();
  await page.fill('textarea[name=numbers]', '+12125550999');
  await page.fill('input[name=reason]', 'Asked not to be called');
  await page.getByRole('button', { name: 'Add to list' }).click();
  await page.getByRole('status').filter({ hasText: '1 added' }).waitFor();
  await page.locator('[data-testid=dnc-row]', { hasText: '+12125550999' }).waitFor();
  await snap(page, '10-settings-dnc');

  await page.getByRole('link', { name: 'Users' }).click();
  await page.waitForURL(/\/settings\/users$/);
  await page.locator('[data-testid=user-row]', { hasText: ADMIN.email }).waitFor();
  await snap(page, '11-settings-users');
  const pageErrors = stack.browserErrors.filter((e) => e.startsWith('pageerror'));
  assert.deepEqual(pageErrors, []);
});

test('live indicator: reconnecting while the API is down, live again after it restarts', async () => {
  await page.goto(`${stack.webUrl}/campaigns`);
  await page.locator('[data-testid=live-indicator][data-status=live]').waitFor();
  const restart = await stack.stopApi();
  await page.locator('[data-testid=live-indicator][data-status=reconnecting]').waitFor();
  await snap(page, '15-reconnecting');
  await restart();
  await page.locator('[data-testid=live-indicator][data-status=live]').waitFor({ timeout: 30_000 });
});

test('role-aware navigation: an agent sees no settings', async () => {
  await stack.api('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { email: 'agent@pacer.local', name: 'Agent One', password: 'agent-pass-1', role: 'AGENT' },
  });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await page.fill('input[name=email]', 'agent@pacer.local');
  await page.fill('input[name=password]', 'agent-pass-1');
  await page.click('button[type=submit]');
  await page.locator('[data-testid=viewer]', { hasText: 'AGENT' }).waitFor();
  const nav = await page.getByRole('navigation', { name: 'Main' }).innerText();
  assert.doesNotMatch(nav, /Gateways|Users|API keys/);
  await snap(page, '12-agent-navigation');
});
