import { after, afterEach, before } from 'node:test';
import type { Page } from 'playwright-core';
import { ADMIN, snap, startStack, type Stack } from './stack';

export interface Console {
  readonly stack: Stack;
  readonly page: Page;
}

/**
 * Registers the hooks of one test file: the whole stack and one page before, a screenshot
 * after each test (on a failure, that is the page that failed), browser errors and teardown
 * after. With signIn, the page starts signed in as the admin on /campaigns.
 */
export function useConsole(opts: { signIn: boolean }): Console {
  let stack: Stack | null = null;
  let page: Page | null = null;
  before(async () => {
    stack = await startStack();
    page = await stack.newPage();
    page.setDefaultTimeout(15_000);
    if (opts.signIn) await signIn(page, stack.webUrl, ADMIN.email, ADMIN.password);
  });
  afterEach(async (t) => {
    if (page) await snap(page, `end-${t.name.replace(/[^\w]+/g, '-').slice(0, 40)}`).catch(() => undefined);
  });
  after(async () => {
    if (stack?.browserErrors.length) console.log(`# browser errors:\n#   ${stack.browserErrors.join('\n#   ')}`);
    await stack?.stop();
  });
  return {
    get stack() {
      if (!stack) throw new Error('the stack is not up');
      return stack;
    },
    get page() {
      if (!page) throw new Error('no page yet');
      return page;
    },
  };
}

export async function signIn(page: Page, webUrl: string, email: string, password: string, landing = /\/campaigns$/): Promise<void> {
  await page.goto(`${webUrl}/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForURL(landing);
  await page.locator('[data-testid=viewer]', { hasText: email }).waitFor();
}

/** Waits until the campaign page shows this status. */
export async function statusIs(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="campaign-status"] [data-status="${status}"]`).waitFor();
}
