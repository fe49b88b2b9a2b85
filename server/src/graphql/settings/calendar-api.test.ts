import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError } from './settings-test-kit';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

interface Cal {
  id: string;
  name: string;
  timeZone: string;
  validFrom: string | null;
  validUntil: string | null;
  openHours: Array<{ day: number; start: string; end: string }>;
  exceptions: Array<{ date: string; closed: boolean; start: string | null; end: string | null }>;
}
const FIELDS = 'id name timeZone validFrom validUntil openHours { day start end } exceptions { date closed start end }';
const CREATE = `mutation($i: CreateCalendarInput!) { createCalendar(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCalendarInput!) { updateCalendar(id: $id, input: $i) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteCalendar(id: $id) { id } }';
const GET = `query($id: ID!) { calendar(id: $id) { ${FIELDS} } }`;

async function names(tk = token): Promise<string[]> {
  return (await t.ok<{ calendars: Cal[] }>('{ calendars { name } }', {}, tk)).calendars.map((c) => c.name);
}

const OFFICE = {
  name: 'Office',
  timeZone: 'Europe/Berlin',
  openHours: [
    { day: 1, start: '09:00', end: '12:30' },
    { day: 1, start: '13:30', end: '18:00' },
    { day: 6, start: '22:00', end: '24:00' },
  ],
  exceptions: [
    { date: '2026-12-25', closed: true },
    { date: '2026-12-24', closed: false, start: '09:00', end: '12:00' },
  ],
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
};

test('create, get, list, update (lists replace, null clears validity), delete', async () => {
  const { createCalendar: c } = await t.ok<{ createCalendar: Cal }>(CREATE, { i: OFFICE }, token);
  assert.equal(c.timeZone, 'Europe/Berlin');
  assert.deepEqual(c.openHours, OFFICE.openHours);
  assert.deepEqual(c.exceptions, [
    { date: '2026-12-25', closed: true, start: null, end: null },
    { date: '2026-12-24', closed: false, start: '09:00', end: '12:00' },
  ]);
  assert.equal(c.validFrom, '2026-01-01');
  assert.equal(c.validUntil, '2026-12-31');
  assert.deepEqual((await t.ok<{ calendar: Cal }>(GET, { id: c.id }, token)).calendar, c);

  await t.ok(CREATE, { i: { name: 'Always', timeZone: 'UTC' } }, token);
  assert.deepEqual(await names(), ['Always', 'Office']);

  const { updateCalendar: u } = await t.ok<{ updateCalendar: Cal }>(
    UPDATE,
    {
      id: c.id,
      i: { timeZone: 'America/New_York', openHours: [{ day: 7, start: '10:00', end: '14:00' }], validUntil: null },
    },
    token,
  );
  assert.equal(u.timeZone, 'America/New_York');
  assert.deepEqual(u.openHours, [{ day: 7, start: '10:00', end: '14:00' }]);
  assert.equal(u.exceptions.length, 2, 'not given: unchanged');
  assert.equal(u.validFrom, '2026-01-01');
  assert.equal(u.validUntil, null);

  await t.ok(DELETE, { id: c.id }, token);
  assertError(await t.gql(GET, { id: c.id }, token), 'NOT_FOUND');
  assert.deepEqual(await names(), ['Always']);
});

test('bad input is BAD_USER_INPUT naming the field, and nothing is written', async () => {
  const before = await names();
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ timeZone: 'CEST+2' }, 'timeZone'],
    [
      {
        openHours: [
          { day: 1, start: '09:00', end: '17:00' },
          { day: 8, start: '09:00', end: '17:00' },
        ],
      },
      'openHours.1.day',
    ],
    [{ openHours: [{ day: 1, start: '9:00', end: '17:00' }] }, 'openHours.0.start'],
    [{ openHours: [{ day: 1, start: '09:00', end: '24:30' }] }, 'openHours.0.end'],
    [
      {
        openHours: [
          { day: 1, start: '09:00', end: '17:00' },
          { day: 2, start: '18:00', end: '08:00' },
        ],
      },
      'openHours[1].end',
    ],
    [{ openHours: [{ day: 2, start: '10:00', end: '10:00' }] }, 'openHours[0].end'],
    [{ exceptions: [{ date: '2026/12/25', closed: true }] }, 'exceptions.0.date'],
    [{ exceptions: [{ date: '2026-02-30', closed: true }] }, 'exceptions[0].date'],
    [{ exceptions: [{ date: '2026-12-24', closed: false }] }, 'exceptions[0].start'],
    [{ exceptions: [{ date: '2026-12-24', closed: false, start: '12:00', end: '09:00' }] }, 'exceptions[0].end'],
    [{ validFrom: '2026-06-01', validUntil: '2026-05-31' }, 'validUntil'],
    [{ validFrom: '2026-13-01' }, 'validFrom'],
  ];
  for (const [extra, field] of cases) {
    const e = assertError(await t.gql(CREATE, { i: { name: 'Bad', timeZone: 'UTC', ...extra } }, token), 'BAD_USER_INPUT', field);
    assert.ok(e.message.includes(field.split(/[.[]/)[0]!), `${e.message} names ${field}`);
  }
  assert.deepEqual(await names(), before);

  const { createCalendar: c } = await t.ok<{ createCalendar: Cal }>(CREATE, { i: { ...OFFICE, name: 'Keep' } }, token);
  assertError(await t.gql(UPDATE, { id: c.id, i: { name: 'Renamed', validFrom: '2027-01-01' } }, token), 'BAD_USER_INPUT', 'validUntil');
  assertError(await t.gql(UPDATE, { id: c.id, i: { timeZone: 'Nowhere/City', openHours: [] } }, token), 'BAD_USER_INPUT', 'timeZone');
  assert.deepEqual((await t.ok<{ calendar: Cal }>(GET, { id: c.id }, token)).calendar, c);
});

test('names are unique per tenant (CONFLICT)', async () => {
  await t.ok(CREATE, { i: { name: 'Twice', timeZone: 'UTC' } }, token);
  assert.match(
    assertError(await t.gql(CREATE, { i: { name: 'Twice', timeZone: 'UTC' } }, token), 'CONFLICT').message,
    /"Twice" already exists/,
  );
});

test('a calendar used by a SCHEDULED campaign cannot be deleted; an idle campaign just loses it', async () => {
  const { createCalendar: c } = await t.ok<{ createCalendar: Cal }>(CREATE, { i: { name: 'Busy', timeZone: 'UTC' } }, token);
  const mk = async (name: string) =>
    (
      await t.ok<{ createCampaign: { id: string } }>(
        'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
        // A message to play: a campaign that would do nothing cannot be scheduled.
        { i: { name, calendarId: c.id, broadcastActions: [{ kind: 'PLAY', file: 'hello.wav' }] } },
        token,
      )
    ).createCampaign.id;
  const scheduled = await mk('Scheduled one');
  const idle = await mk('Idle one');
  await t.ok('mutation($id: ID!) { startCampaign(id: $id, delaySeconds: 86400) { status } }', { id: scheduled }, token);
  assert.match(assertError(await t.gql(DELETE, { id: c.id }, token), 'CONFLICT').message, /"Scheduled one" \(SCHEDULED\)/);
  await t.ok('mutation($id: ID!) { cancelCampaign(id: $id) { status } }', { id: scheduled }, token);
  await t.ok(DELETE, { id: c.id }, token);
  const r = await t.ok<{ campaign: { calendar: null } }>('query($id: ID!) { campaign(id: $id) { calendar { id } } }', { id: idle }, token);
  assert.equal(r.campaign.calendar, null);
});

test('permissions: READ keys read, cannot write', async () => {
  const { createCalendar: c } = await t.ok<{ createCalendar: Cal }>(CREATE, { i: { name: 'Perm', timeZone: 'UTC' } }, token);
  const { key } = await apiKey(t, token, ['READ']);
  assert.ok((await names(key)).includes('Perm'));
  assertError(await t.gql(CREATE, { i: { name: 'No', timeZone: 'UTC' } }, key), 'FORBIDDEN');
  assertError(await t.gql(UPDATE, { id: c.id, i: { name: 'No' } }, key), 'FORBIDDEN');
  assertError(await t.gql(DELETE, { id: c.id }, key), 'FORBIDDEN');
});
