import { signIn } from '../kit/console';
import { ADMIN, startStack } from '../kit/stack';

// Scratch (not committed): screenshots of the campaign page with waiting reasons.
async function main(): Promise<void> {
  const stack = await startStack();
  try {
    const { createCampaign } = await stack.api<{ createCampaign: { id: string } }>(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'Why not called', complianceProfile: 'US_TSR', callerIdNumber: '+12125550100' } },
    );
    const c = createCampaign.id;
    const h = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
    await stack.api('mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { added } }', {
      c,
      r: [
        { name: 'Ann', communications: [{ number: '+12125550101' }], timezone: 'America/New_York' },
        { name: 'Bob', communications: [{ number: '+12125550102' }], notBefore: h(2), timezone: 'America/New_York' },
        { name: 'Cleo', communications: [{ number: '+12125550103' }], callbackAt: h(3), timezone: 'America/New_York' },
        { name: 'Dai', communications: [{ number: '+81312345678' }], timezone: 'Asia/Tokyo' },
        { name: 'Eve', communications: [{ number: '+81312345679' }], timezone: 'Asia/Tokyo' },
      ],
    });
    const page = await stack.newPage();
    await signIn(page, stack.webUrl, ADMIN.email, ADMIN.password);
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${stack.webUrl}/campaigns/${c}`);
      await page.locator('[data-testid=waiting-breakdown]').waitFor();
      await page.locator('[data-testid=waiting-reason]').first().waitFor();
      await page.screenshot({ path: `/tmp/why19/campaign-${width}.png`, fullPage: true });
    }
    console.log('errors', stack.browserErrors);
  } finally {
    await stack.stop();
  }
}
void main();
