import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Role } from '../../domain/auth/role';
import { startTestApp, type TestApp } from '../../test/test-app';
import { apiKey, assertError, login, userToken } from './settings-test-kit';

let t: TestApp;
let token: string;
before(async () => {
  t = await startTestApp();
  ({ token } = await t.tenant('acme'));
});
after(async () => {
  await t.stop();
});

interface U {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
}
const FIELDS = 'id email name role disabled createdAt';
const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { ${FIELDS} } }`;
const RESET = 'mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, input: { password: $p }) { id } }';
const LIST = `{ users { ${FIELDS} } }`;
const ME = '{ me { id role } }';

async function users(tk = token): Promise<U[]> {
  return (await t.ok<{ users: U[] }>(LIST, {}, tk)).users;
}
async function create(email: string, role: string, tk = token): Promise<U> {
  return (await t.ok<{ createUser: U }>(CREATE, { i: { email, name: `Name of ${email}`, password: 'password-123', role } }, tk)).createUser;
}
async function myId(tk = token): Promise<string> {
  return (await t.ok<{ me: { id: string } }>(ME, {}, tk)).me.id;
}

test('create (email lower-cased), list by email, get, and the new user can sign in', async () => {
  const u = await create('Carol@ACME.test', 'SUPERVISOR');
  assert.deepEqual(
    { email: u.email, role: u.role, disabled: u.disabled },
    { email: 'carol@acme.test', role: 'SUPERVISOR', disabled: false },
  );
  assert.deepEqual(
    (await users()).map((x) => x.email),
    ['admin@acme.test', 'carol@acme.test'],
  );
  const one = await t.ok<{ user: U }>(`query($id: ID!) { user(id: $id) { ${FIELDS} } }`, { id: u.id }, token);
  assert.equal(one.user.email, 'carol@acme.test');
  const carol = await login(t, 'carol@acme.test', 'password-123');
  assert.equal((await t.ok<{ me: { role: string } }>(ME, {}, carol)).me.role, 'SUPERVISOR');
});

test('email is unique across tenants (CONFLICT, any case); bad input names the field and writes nothing', async () => {
  await create('dup@acme.test', 'AGENT');
  assert.match(
    assertError(
      await t.gql(CREATE, { i: { email: 'DUP@acme.test', name: 'x', password: 'password-123', role: 'AGENT' } }, token),
      'CONFLICT',
    ).message,
    /already in use/,
  );
  const other = await t.tenant('other');
  assertError(
    await t.gql(CREATE, { i: { email: 'dup@acme.test', name: 'x', password: 'password-123', role: 'AGENT' } }, other.token),
    'CONFLICT',
  );

  const before = (await users()).length;
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ password: 'short77' }, 'password'],
    [{ email: 'not-an-email' }, 'email'],
    [{ name: '' }, 'name'],
  ];
  for (const [i, field] of cases) {
    const e = assertError(
      await t.gql(CREATE, { i: { email: 'new@acme.test', name: 'New', password: 'password-123', role: 'AGENT', ...i } }, token),
      'BAD_USER_INPUT',
      field,
    );
    assert.match(e.message, new RegExp(field));
  }
  assert.match(
    assertError(await t.gql(CREATE, { i: { email: 'n@acme.test', name: 'N', password: 'short', role: 'AGENT' } }, token), 'BAD_USER_INPUT')
      .message,
    /at least 8/,
  );
  assert.equal((await users()).length, before);
});

test('update name and role (applies to live sessions); disable signs the user out and blocks sign-in', async () => {
  const dave = await create('dave@acme.test', 'AGENT');
  const daveToken = await login(t, 'dave@acme.test', 'password-123');
  const { updateUser: u } = await t.ok<{ updateUser: U }>(UPDATE, { id: dave.id, i: { name: 'David', role: 'SUPERVISOR' } }, token);
  assert.deepEqual({ name: u.name, role: u.role, disabled: u.disabled }, { name: 'David', role: 'SUPERVISOR', disabled: false });
  assert.equal((await t.ok<{ me: { role: string } }>(ME, {}, daveToken)).me.role, 'SUPERVISOR');

  await t.ok(UPDATE, { id: dave.id, i: { disabled: true } }, token);
  assertError(await t.gql(ME, {}, daveToken), 'UNAUTHENTICATED');
  assertError(await t.gql('mutation { login(email: "dave@acme.test", password: "password-123") { token } }'), 'UNAUTHENTICATED');
  const back = await t.ok<{ updateUser: U }>(UPDATE, { id: dave.id, i: { disabled: false } }, token);
  assert.equal(back.updateUser.role, 'SUPERVISOR', 'fields not given stay');
  await login(t, 'dave@acme.test', 'password-123');
  assertError(await t.gql(UPDATE, { id: dave.id, i: { role: 'OWNER' } }, token), 'BAD_USER_INPUT');
});

test('an admin cannot disable or demote themselves; nor can a key remove the last active admin', async () => {
  const me = await myId();
  assert.match(assertError(await t.gql(UPDATE, { id: me, i: { disabled: true } }, token), 'CONFLICT').message, /disable yourself/);
  assert.match(
    assertError(await t.gql(UPDATE, { id: me, i: { role: 'SUPERVISOR', name: 'Renamed' } }, token), 'CONFLICT').message,
    /own admin role/,
  );
  await t.ok(UPDATE, { id: me, i: { name: 'Still admin', role: 'ADMIN', disabled: false } }, token);
  const self = (await users()).find((u) => u.id === me)!;
  assert.deepEqual({ role: self.role, disabled: self.disabled, name: self.name }, { role: 'ADMIN', disabled: false, name: 'Still admin' });

  const key = (await apiKey(t, token, ['ADMIN'])).key;
  assert.match(assertError(await t.gql(UPDATE, { id: me, i: { role: 'AGENT' } }, key), 'CONFLICT').message, /last active admin/);
  const second = await create('second-admin@acme.test', 'ADMIN');
  await t.ok(UPDATE, { id: second.id, i: { disabled: true } }, token);
  assertError(await t.gql(UPDATE, { id: me, i: { disabled: true } }, key), 'CONFLICT');
  await t.ok(UPDATE, { id: second.id, i: { disabled: false } }, token);
  const secondToken = await login(t, 'second-admin@acme.test', 'password-123');
  await t.ok(UPDATE, { id: me, i: { role: 'SUPERVISOR' } }, secondToken);
  assertError(await t.gql(LIST, {}, token), 'FORBIDDEN');
  await t.ok(UPDATE, { id: me, i: { role: 'ADMIN' } }, secondToken);
});

test('reset password: the old one stops working and the user is signed out; resetting your own keeps your session', async () => {
  const erin = await create('erin@acme.test', 'AGENT');
  const erinToken = await login(t, 'erin@acme.test', 'password-123');
  await t.ok(RESET, { id: erin.id, p: 'new-password-456' }, token);
  assertError(await t.gql(ME, {}, erinToken), 'UNAUTHENTICATED');
  assertError(await t.gql('mutation { login(email: "erin@acme.test", password: "password-123") { token } }'), 'UNAUTHENTICATED');
  await login(t, 'erin@acme.test', 'new-password-456');
  assertError(await t.gql(RESET, { id: erin.id, p: '1234567' }, token), 'BAD_USER_INPUT', 'password');
  await login(t, 'erin@acme.test', 'new-password-456');

  const other = await login(t, 'admin@acme.test', 'password-123');
  await t.ok(RESET, { id: await myId(), p: 'admin-password-789' }, token);
  await t.ok(ME, {}, token);
  assertError(await t.gql(ME, {}, other), 'UNAUTHENTICATED');
});

test('supervisors and non-ADMIN keys get FORBIDDEN on users, reads included', async () => {
  const target = await create('frank@acme.test', 'AGENT');
  const supervisor = await userToken(t, token, 'sup@acme.test', 'SUPERVISOR');
  const settingsKey = (await apiKey(t, token, ['SETTINGS_WRITE'])).key;
  for (const tk of [supervisor, settingsKey]) {
    assertError(await t.gql(LIST, {}, tk), 'FORBIDDEN');
    assertError(await t.gql(`query($id: ID!) { user(id: $id) { id } }`, { id: target.id }, tk), 'FORBIDDEN');
    assertError(await t.gql(CREATE, { i: { email: 'x@acme.test', name: 'x', password: 'password-123', role: 'ADMIN' } }, tk), 'FORBIDDEN');
    assertError(await t.gql(UPDATE, { id: target.id, i: { role: 'ADMIN' } }, tk), 'FORBIDDEN');
    assertError(await t.gql(RESET, { id: target.id, p: 'password-999' }, tk), 'FORBIDDEN');
  }
});

test('PLATFORM_ADMIN is granted only by the operator: a tenant admin is refused (FORBIDDEN) and nothing is written', async () => {
  const refused = assertError(
    await t.gql(CREATE, { i: { email: 'boss@acme.test', name: 'x', password: 'password-123', role: 'PLATFORM_ADMIN' } }, token),
    'FORBIDDEN',
  );
  assert.match(refused.message, /platform operator/);
  assert.equal((await users()).filter((u) => u.email === 'boss@acme.test').length, 0);
  const dora = await create('dora@acme.test', 'SUPERVISOR');
  assertError(await t.gql(UPDATE, { id: dora.id, i: { role: 'PLATFORM_ADMIN' } }, token), 'FORBIDDEN');
  assert.equal((await users()).find((u) => u.id === dora.id)?.role, 'SUPERVISOR');
  // The operator (of its own tenant) may grant it there.
  const { token: op } = await t.tenant('platform', Role.PLATFORM_ADMIN);
  const second = await create('second@platform.test', 'PLATFORM_ADMIN', op);
  assert.equal(second.role, 'PLATFORM_ADMIN');
});
