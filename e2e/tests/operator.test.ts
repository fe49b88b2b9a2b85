import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, snap } from '../kit/stack';
import { signIn, statusIs, useConsole } from '../kit/console';

/**
 * The platform operator's area (issue 21): the first start's admin creates a tenant and reads
 * its generated password once; that tenant's admin, in a browser of its own, sees the caps
 * beside its limits and is refused beyond them; the operator pauses the tenant's campaign
 * from the tenant page (both views change), suspends the tenant (its admin is refused with
 * the reason) and resumes it. Screenshots at 1280 px go to /work/shots when that exists.
 */
const c = useConsole({ signIn: true });
const TENANT = { name: 'Acme Hosted', email: 'boss@acme.test' };
const SHOTS = process.env.OPERATOR_SHOTS ?? '/work/shots';
let password = '';
let tenantPage: Page | null = null;
let campaignId = '';

async function shot(page: Page, name: string): Promise<void> {
  await snap(page, name);
  try {
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(join(ARTIFACTS, `${name}.png`), join(SHOTS, `${name}.png`));
  } catch {
    // Only a convenience for reviewers: the artifacts directory has them either way.
  }
}

/** The tenant admin's own API calls (setup of its campaign), with its own token. */
async function asTenant<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(c.stack.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function tenantRow(page: Page) {
  return page.locator('[data-testid=tenant-row]', { hasText: TENANT.name });
}

test('operator: create a tenant with caps; its generated password is shown once', async () => {
  const page = c.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tenants' }).click();
  await page.waitForURL(/\/operator\/tenants$/);
  await page.fill('input[name=name]', TENANT.name);
  await page.fill('input[name=adminEmail]', TENANT.email);
  await page.fill('input[name=maxConcurrentCalls]', '20');
  await page.fill('input[name=callsPerSecond]', '5');
  await page.fill('input[name=maxActiveCampaigns]', '2');
  await page.getByRole('button', { name: 'Create tenant' }).click();
  const notice = page.getByTestId('new-tenant');
  await notice.getByText('Copy it now, it is not shown again').waitFor();
  password = (await page.getByTestId('generated-password').innerText()).trim();
  assert.ok(password.length >= 8, 'a generated password');
  const row = tenantRow(page);
  await row.locator('[data-tenant-status=ACTIVE]').waitFor();
  assert.match(await row.getByTestId('tenant-caps').innerText(), /Concurrent calls\s+20\s+Calls\/s\s+5\s+Active campaigns\s+2/);
  await shot(page, 'op-01-tenants-created');
  await page.reload();
  assert.equal(await page.getByTestId('generated-password').count(), 0, 'the password is never shown again');

  // Caps change later: one more active campaign.
  await row.getByRole('button', { name: 'Edit caps' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name=maxActiveCampaigns]').fill('3');
  await shot(page, 'op-01b-edit-caps');
  await dialog.getByRole('button', { name: 'Save caps' }).click();
  await row.getByTestId('running-campaigns').getByText('of 3').waitFor();
});

test("tenant admin: signs in beside the operator, sees the caps by its limits and the cap's refusal", async () => {
  tenantPage = await c.stack.newIsolatedPage({ width: 1280, height: 900 });
  const page = tenantPage;
  page.setDefaultTimeout(15_000);
  await signIn(page, c.stack.webUrl, TENANT.email, password);
  const nav = await page.getByRole('navigation', { name: 'Main' }).innerText();
  assert.doesNotMatch(nav, /Tenants/, 'a tenant admin has no operator area');
  await page.getByRole('link', { name: 'Limits' }).click();
  await page.waitForURL(/\/settings\/limits$/);
  const total = page.locator('[data-field=maxTotalCalls]');
  await total.getByText('cap 20, set by the platform operator').waitFor();
  await page.locator('[data-field=callsPerSecond]').getByText('cap 5, set by the platform operator').waitFor();
  await page.fill('input[name=maxTotalCalls]', '25');
  await page.getByRole('button', { name: 'Save limits' }).click();
  assert.match(await total.locator('.fieldError').innerText(), /above this tenant's cap of 20/);
  await shot(page, 'op-02-tenant-limits-cap');
  // Limits start at the caps; below them the tenant decides.
  await page.fill('input[name=maxTotalCalls]', '15');
  await page.getByRole('button', { name: 'Save limits' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
});

test("operator: the tenant's campaign on the tenant page, paused there, paused in the tenant's view too", async () => {
  const page = c.page;
  const tp = tenantPage;
  assert.ok(tp);
  // The tenant's campaign, set up by its admin: one recipient not callable for two days keeps it RUNNING.
  const { login } = await asTenant<{ login: { token: string } }>(
    '',
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: TENANT.email, p: password },
  );
  await asTenant(login.token, 'mutation { updateSettings(input: { complianceProfile: NONE }) { complianceProfile } }');
  const { createCampaign } = await asTenant<{ createCampaign: { id: string } }>(
    login.token,
    'mutation { createCampaign(input: { name: "Acme renewals", destination: { kind: EXTENSION, target: "5000" } }) { id } }',
  );
  campaignId = createCampaign.id;
  await asTenant(login.token, 'mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }', {
    c: campaignId,
    r: [{ name: 'Later', notBefore: new Date(Date.now() + 2 * 86_400_000).toISOString(), communications: [{ number: '+12125550101' }] }],
  });
  await asTenant(login.token, 'mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: campaignId });
  await tp.goto(`${c.stack.webUrl}/campaigns/${campaignId}`);
  await statusIs(tp, 'RUNNING');

  await tenantRow(page).getByRole('link', { name: TENANT.name }).click();
  await page.waitForURL(/\/operator\/tenants\/[0-9a-f-]{36}$/);
  const row = page.locator('[data-testid=tenant-campaign-row]', { hasText: 'Acme renewals' });
  await row.locator('[data-status=RUNNING]').waitFor();
  await page.getByTestId('tenant-detail').getByText('cap 3', { exact: true }).waitFor();
  await shot(page, 'op-03-tenant-page');
  await row.getByRole('button', { name: 'Pause' }).click();
  await row.locator('[data-status=PAUSED]').waitFor();
  await statusIs(tp, 'PAUSED');
  // The tenant's history names the operator as the one who paused it.
  await tp.locator('[data-testid=history-event][data-to=PAUSED]', { hasText: 'admin@pacer.local' }).waitFor();
  await shot(tp, 'op-03b-tenant-campaign-paused');
  await row.getByRole('button', { name: 'Cancel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('its history records you').waitFor();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await row.locator('[data-status=PAUSED]').waitFor();
});

test('operator: suspend with a reason (its admin is refused with it), then resume', async () => {
  const page = c.page;
  const tp = tenantPage;
  assert.ok(tp);
  await page.getByRole('button', { name: 'Suspend' }).click();
  const dialog = page.getByRole('dialog');
  assert.ok(await dialog.getByRole('button', { name: 'Suspend tenant' }).isDisabled(), 'a reason is required');
  await dialog.locator('input[name=reason]').fill('Invoice 1042 overdue');
  await shot(page, 'op-04a-suspend-dialog');
  await dialog.getByRole('button', { name: 'Suspend tenant' }).click();
  await page.getByTestId('tenant-detail').locator('[data-tenant-status=SUSPENDED]', { hasText: 'Invoice 1042 overdue' }).waitFor();
  await shot(page, 'op-04-tenant-suspended');

  // Signed in already: every request is refused, the console says why.
  await tp.reload();
  await tp.getByTestId('access-refused').filter({ hasText: 'Invoice 1042 overdue' }).waitFor();
  // Signing in again: refused with the reason on the login form.
  await tp.evaluate(() => window.localStorage.clear());
  await tp.goto(`${c.stack.webUrl}/login`);
  await tp.fill('input[name=email]', TENANT.email);
  await tp.fill('input[name=password]', password);
  await tp.click('button[type=submit]');
  await tp.getByRole('alert').filter({ hasText: 'This organisation is suspended: Invoice 1042 overdue' }).waitFor();
  await shot(tp, 'op-05-tenant-login-refused');

  await page.getByRole('link', { name: 'Tenants', exact: true }).first().click();
  await page.waitForURL(/\/operator\/tenants$/);
  await tenantRow(page).locator('[data-tenant-status=SUSPENDED]', { hasText: 'Invoice 1042 overdue' }).waitFor();
  await shot(page, 'op-06-tenants-suspended');
  await tenantRow(page).getByRole('button', { name: 'Resume' }).click();
  await tenantRow(page).locator('[data-tenant-status=ACTIVE]').waitFor();
  await signIn(tp, c.stack.webUrl, TENANT.email, password);
});

test('audit log: the operator sees the new tenant’s entries, filtered by tenant and action', async () => {
  const page = c.page;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await page.waitForURL(/\/operator\/audit$/);
  // Every tenant's entries: the first tenant's settings change at start-up and the new tenant's own.
  await page.locator('[data-testid=audit-row]', { hasText: TENANT.email }).first().waitFor();
  const tenantsSeen = await page.locator('[data-testid=audit-row] [data-testid=audit-tenant]').allInnerTexts();
  assert.ok(new Set(tenantsSeen).size >= 2, `entries of every tenant, saw ${tenantsSeen.join(', ')}`);
  await page.selectOption('select[name=tenant]', { label: TENANT.name });
  await page.selectOption('select[name=action]', 'TENANT_SETTINGS_UPDATED');
  const settingsRow = page.locator('[data-testid=audit-row][data-action=TENANT_SETTINGS_UPDATED]', { hasText: TENANT.email });
  assert.match(await settingsRow.locator('[data-field=maxTotalCalls]').first().innerText(), /maxTotalCalls:\s*20\s*→\s*15/);
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[data-testid=audit-tenant]')).every((t) => t.textContent === 'Acme Hosted'),
  );
  await shot(page, 'op-07-audit-log');

  const tp = tenantPage;
  assert.ok(tp);
  await tp.getByRole('link', { name: 'Audit log' }).click();
  await tp.waitForURL(/\/settings\/audit$/);
  await tp.locator('[data-testid=audit-row][data-action=TENANT_SETTINGS_UPDATED]', { hasText: '20 → 15' }).waitFor();
  await shot(tp, 'op-08-tenant-audit-log');
  assert.equal(await tp.locator('select[name=tenant]').count(), 0, 'a tenant admin reads only its own');
  const pageErrors = c.stack.browserErrors.filter((e) => e.startsWith('pageerror'));
  assert.deepEqual(pageErrors, []);
});
