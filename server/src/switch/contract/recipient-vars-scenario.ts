import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recipientChannelVariables } from '../../domain/telephony/recipient-variables';
import { EslLink } from '../freeswitch/esl-link';
import type { EslHeaders } from '../freeswitch/esl-headers';
import { waitFor } from '../../test/wait-for';
import { CONTRACT_NUMBERS, type ContractTarget } from './contract-target';

/** Values that each break a naive `{k=v}`: FreeSWITCH's three splits (spaces, commas, `=`) and its unescapes. */
export const AWKWARD_FIELDS: Record<string, string> = {
  'First Name': "Ann-Marie O'Brien",
  quotes: `it's 'single' and "double"`,
  commas: 'a,b,,c',
  backslashes: 'C:\\path\\n\\t\\\\x\\',
  equals: 'x=y=z',
  spaces: 'one  two   three',
  brackets: '[x]<y>|z&w;:_:v ^^:q',
  expansion: '${system(id)} $${x} {a=b}',
  unicode: 'São Paulo — 😀',
};

/**
 * Recipient fields sent through the production adapter reach the switch as sent (after the
 * domain's sanitising): read back from the call's own channel events on a second ESL link.
 */
export function describeRecipientVars(name: string, makeTarget: () => Promise<ContractTarget>, opts: { skip?: string } = {}): void {
  describe(`recipient fields on the channel: ${name}`, { skip: opts.skip }, () => {
    let target: ContractTarget;
    let link: EslLink;
    const events: EslHeaders[] = [];
    before(async () => {
      target = await makeTarget();
      link = await EslLink.open({ ...target.esl, connectTimeoutMs: 10_000 });
      link.onEvent((h) => events.push(h));
      await link.command('event json CHANNEL_CREATE CHANNEL_ANSWER', 10_000);
    });
    after(async () => {
      link?.close();
      await target?.close();
    });

    it('every awkward value arrives exactly as the domain made it', async () => {
      const callId = await target.rec.call(CONTRACT_NUMBERS.answer, { recipientId: '4242', recipientFields: AWKWARD_FIELDS });
      const h = await waitFor(() => events.find((e) => e['Unique-ID'] === callId && e.variable_pacer_recipient !== undefined), {
        what: `a channel event of ${callId} with its variables`,
        until: (e) => !!e,
      });
      await target.rec.adapter.hangup(callId);
      assert.ok(h);
      const want = Object.fromEntries(
        Object.entries(recipientChannelVariables('4242', AWKWARD_FIELDS)).map(([k, v]) => [`variable_${k}`, v]),
      );
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, h[k]]));
      assert.deepEqual(got, want, `read from ${h['Event-Name']}`);
      assert.equal(h.variable_pacer_call, 'true', 'the variables after them survived too');
    });
  });
}
