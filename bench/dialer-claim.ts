/**
 * Claim benchmark: how fast the dialer's claim path (candidate query on the partial indexes +
 * the claim/attempt statement, each batch one transaction) takes recipients from a
 * 1,000,000-recipient campaign. Loaded set-based with generate_series. Targets: >= 2,000
 * recipients/s, p99 claim latency < 20 ms. Bounded by BENCH_CLAIM_S (default 10 s).
 *   node -r @swc-node/register bench/dialer-claim.ts     BENCH_RECIPIENTS=1000000 BENCH_BATCH=25
 */
import { randomUUID } from 'node:crypto';
import { CampaignStatus } from '../server/src/domain/campaign/campaign-status';
import { Campaign } from '../server/src/entities/campaign.entity';
import { TenantSettings } from '../server/src/entities/tenant-settings.entity';
import { ComplianceProfile } from '../server/src/domain/compliance/compliance-profile';
import { Tenant } from '../server/src/entities/tenant.entity';
import { loadCandidates } from '../server/src/dialer/candidate-query';
import { claimAndRecord } from '../server/src/dialer/claim';
import { benchDb, percentile } from './dialer-bench-kit';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 1_000_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 25);
const CLAIM_MS = Number(process.env.BENCH_CLAIM_S ?? 10) * 1000;

async function main(): Promise<void> {
  const db = await benchDb();
  try {
    const em = db.orm.em.fork();
    const tenant = em.create(Tenant, { name: 'bench', createdAt: new Date() });
    const settings = new TenantSettings();
    settings.tenant = tenant;
    // It measures claims at any hour: no calling hours.
    settings.complianceProfile = ComplianceProfile.NONE;
    const campaign = Object.assign(new Campaign(), { tenant, name: 'million', status: CampaignStatus.RUNNING, startedAt: new Date() });
    await em.persist([settings, campaign]).flush();

    let t0 = Date.now();
    await em.execute(
      `
      insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
      select ?, 'r' || g, '{}', '{}', now(), now() from generate_series(1, ?) g`,
      [campaign.id, RECIPIENTS],
    );
    await em.execute(
      `
      insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
      select id, campaign_id, '+1' || lpad(id::text, 10, '0'), 0, false from campaign_recipient where campaign_id = ?`,
      [campaign.id],
    );
    await em.execute('analyze campaign_recipient; analyze recipient_phone');
    console.log(`loaded ${RECIPIENTS.toLocaleString()} recipients + numbers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const latencies: number[] = [];
    let claimed = 0;
    t0 = Date.now();
    while (Date.now() - t0 < CLAIM_MS) {
      const s = process.hrtime.bigint();
      const now = new Date();
      const fork = db.orm.em.fork();
      const candidates = await loadCandidates(fork, campaign.id, tenant.id, now, BATCH + 4);
      const ids = await fork.transactional((tem) =>
        claimAndRecord(
          tem,
          candidates.slice(0, BATCH).map((c) => ({
            callId: randomUUID(),
            recipientId: c.recipientId,
            campaignId: campaign.id,
            tenantId: tenant.id,
            number: c.numbers[0]?.number ?? '',
            gatewayId: null,
          })),
          'bench',
          now,
        ),
      );
      latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      claimed += ids.size;
    }
    const seconds = (Date.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `claimed ${claimed.toLocaleString()} recipients in ${seconds.toFixed(1)} s = ${Math.round(claimed / seconds).toLocaleString()} recipients/s (batches of ${BATCH}: candidate query + claim + attempt insert, one transaction)`,
    );
    console.log(
      `claim latency per batch: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${percentile(latencies, 100).toFixed(1)} ms`,
    );
  } finally {
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
