import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, snap } from '../kit/stack';
import { useConsole } from '../kit/console';

/** The admin's settings pages against the API: what is saved is what the API then returns. */
const c = useConsole({ signIn: true });

test('settings: add and disable a gateway, change a limit, create an API key shown once', async () => {
  const page = c.page;
  await page.getByRole('link', { name: 'Gateways' }).click();
  await page.waitForURL(/\/settings\/gateways$/);
  await page.fill('input[name=name]', 'trunk-a');
  await page.fill('input[name=dialString]', 'sofia/gateway/trunk-a/{number}');
  await page.getByRole('button', { name: 'Add gateway' }).click();
  const row = page.locator('[data-testid=gateway-row]', { hasText: 'trunk-a' });
  await row.waitFor();
  await row.getByRole('checkbox', { name: 'trunk-a enabled' }).click();
  await row.getByText('Disabled').waitFor();
  const { gateways } = await c.stack.api<{ gateways: Array<{ name: string; enabled: boolean }> }>('{ gateways { name enabled } }');
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
  const me = await fetch(c.stack.apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key.trim()}` },
    body: '{"query":"{ me { kind label } }"}',
  }).then((r) => r.json() as Promise<{ data?: { me: { kind: string; label: string } } }>);
  assert.equal(me.data?.me.kind, 'API_KEY');
  await page.locator('[data-testid=api-key-row]', { hasText: 'CRM integration' }).waitFor();
  await snap(page, '08-settings-api-keys');
  await page.reload();
  assert.equal(await page.getByTestId('new-api-key').count(), 0, 'the clear key is never shown again');
});

test('settings: a calendar, a DNC number, and the users page', async () => {
  const page = c.page;
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
  const pageErrors = c.stack.browserErrors.filter((e) => e.startsWith('pageerror'));
  assert.deepEqual(pageErrors, []);
});

test('agents: add an agent, force its state, put it on an AGENT campaign', async () => {
  const page = c.page;
  await c.stack.api('mutation { createCampaign(input: { name: "Sales desk", type: AGENT, dialingMode: PREVIEW }) { id } }');
  await page.getByRole('link', { name: 'Agents' }).click();
  await page.waitForURL(/\/agents$/);
  await page.fill('input[name=name]', 'Desk Two');
  await page.fill('input[name=endpoint]', 'user/1002');
  await page.getByRole('button', { name: 'Add agent' }).click();
  const row = page.locator('[data-testid=agent-row]', { hasText: 'Desk Two' });
  await row.locator('[data-agent-state=LOGGED_OUT]').waitFor();
  await row.getByRole('combobox', { name: 'Force Desk Two' }).selectOption('BREAK');
  await row.locator('[data-agent-state=BREAK]').waitFor();
  await row.getByRole('combobox', { name: 'Assign Desk Two to' }).selectOption({ label: 'Sales desk' });
  await row.getByRole('button', { name: 'Assign' }).click();
  await row.getByText('Sales desk (1)').waitFor();
  await snap(page, '21-agents');
});
