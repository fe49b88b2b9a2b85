import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestDb, type TestDb } from '../test/test-db';
import type { BroadcastAction } from '../entities/campaign-config';
import { writeCallMarks } from './call-marks';
import { claimAndRecord } from './claim';
import { recordCallEnds } from './outcome-writer';
import { rows } from './sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17: a call's confirmation outcome comes from the attempt's record, not from the memory of
// the process that saw the key: a new leader that only sees the hangup judges it the same way.
let db: TestDb;
before(async () => {
  db = await createTestDb();
});
after(async () => {
  await db.drop();
});

const ACTIONS: BroadcastAction[] = [
  { kind: 'CONFIRM_ANSWER', digit: '1', file: 'press1.wav' },
  { kind: 'PLAY', file: 'message.wav' },
  { kind: 'CONFIRM_LISTEN', digit: '9', file: 'press9.wav', repeat: 2 },
];

async function endedWith(marks: Array<'answerConfirmed' | 'listenConfirmed'>): Promise<string> {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em);
  const campaign = await seedCampaign(em, tenant, { broadcastActions: ACTIONS });
  await seedRecipients(em, campaign.id, 1, '+1557');
  const [r] = await rows<{ id: string; number: string }>(
    em,
    `select r.id, p.number from campaign_recipient r join recipient_phone p on p.recipient_id = r.id where r.campaign_id = ?`,
    [campaign.id],
  );
  assert.ok(r);
  const callId = randomUUID();
  const at = new Date();
  await claimAndRecord(
    em,
    [{ callId, recipientId: r.id, campaignId: campaign.id, tenantId: tenant.id, number: r.number, gatewayId: null }],
    'old-leader',
    at,
  );
  // The old leader saw the answer and the keys and put them on record, then died.
  await writeCallMarks(em, [{ callId, kind: 'answered', at }, ...marks.map((kind) => ({ callId, kind, at }))]);
  // The new leader knows only the hangup (no memory of the call).
  const end = {
    callId,
    at: new Date(at.getTime() + 30_000),
    cause: 'NORMAL_CLEARING',
    q850: 16,
    sipStatus: null,
    billSeconds: 30,
    ringingAt: null,
    answeredAt: at,
    amdResult: null,
  };
  const [recorded] = await em.transactional((tem) => recordCallEnds(tem, [end], new Date()));
  return recorded?.outcome ?? 'none';
}

test('both keys on record: CONFIRMED, though the process recording the end never saw them', async () => {
  assert.equal(await endedWith(['answerConfirmed', 'listenConfirmed']), 'CONFIRMED');
});

test('a key missing from the record: UNCONFIRMED', async () => {
  assert.equal(await endedWith(['answerConfirmed']), 'UNCONFIRMED');
  assert.equal(await endedWith([]), 'UNCONFIRMED');
});
