import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { addParty, addUser, disableUser } from '../../src/jobs/user-accounts.js';
import { openStore } from '../../src/store/open-store.js';
import { CLI, whereabouts } from '../cli-runner.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';

/** `whereabouts ...args` with `input` on standard input. */
function withInput(input: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Lets the test change the log as someone with the database owner's rights could. */
async function dropGuards(location: string): Promise<void> {
  if (location.startsWith('postgres')) await queryDirect(location, 'alter table audit_log disable trigger user');
  else for (const verb of ['update', 'delete']) await queryDirect(location, `drop trigger audit_log_no_${verb}`);
}

/** A store whose log holds five entries, made as an administrator would (the jobs behind the CLI). */
async function auditedStore(location: string): Promise<void> {
  const store = await openStore(location);
  try {
    const by = { actor: 'root' };
    await addParty(store, 'home', 'Home party', by);
    await addParty(store, 'detaining', undefined, by);
    await addUser(store, { username: 'ana', role: 'admin', password: 'a passphrase of words' }, by);
    await addUser(store, { username: 'hayk', role: 'delegate', party: 'home', password: 'another passphrase' }, by);
    await disableUser(store, 'hayk', by);
  } finally {
    await store.close();
  }
}

describeEachDialect('audit log tampering', (store) => {
  it('adds users from the command line with the password on standard input, never as an argument', () => {
    const location = store().location;
    expect(withInput('short\n', 'user', 'add', 'ana', '--role', 'admin', '--password-stdin', '--db', location).stderr).toMatch(/at least 12 characters .*\[WA_PASSWORD_WEAK\]/);
    expect(whereabouts('user', 'add', 'ana', '--role', 'admin', '--db', location).stderr).toMatch(/--password-stdin/);
    const added = withInput('a passphrase of words\n', 'user', 'add', 'ana', '--role', 'admin', '--password-stdin', '--db', location);
    expect(added.stdout).toMatch(/Added admin ana/);
    expect(whereabouts('user', 'list', '--db', location).stdout).toMatch(/^ana\tadmin\t-\tactive\tpassword only$/m);
  });

  it('verifies an untouched log, and refuses to change it through the database', async () => {
    const location = await store().another();
    await auditedStore(location);
    const verified = whereabouts('audit', 'verify', '--db', location);
    expect(verified.stderr).toBe('');
    expect(verified.stdout).toMatch(/The audit log is intact: 5 entries/);
    const shown = whereabouts('audit', 'show', '--resource', 'user:', '--db', location);
    expect(shown.stdout.trim().split('\n').map((line) => line.split('\t')[3])).toEqual(['user-add', 'user-add', 'user-disable']);
    await expect(queryDirect(location, "update audit_log set actor = 'mallory' where seq = 2")).rejects.toThrow(/append-only/);
    await expect(queryDirect(location, 'delete from audit_log where seq = 2')).rejects.toThrow(/append-only/);
  });

  it('names the first entry edited, deleted or inserted, and exits 1', async () => {
    const edited = await store().another();
    await auditedStore(edited);
    await dropGuards(edited);
    await queryDirect(edited, "update audit_log set detail = '{\"via\":\"cli\",\"label\":\"Other\"}' where seq = 1");
    const afterEdit = whereabouts('audit', 'verify', '--db', edited);
    expect(afterEdit.status).toBe(1);
    expect(afterEdit.stderr).toMatch(/entry 1 was changed after it was written.*\[WA_AUDIT_BROKEN\]/);

    const deleted = await store().another();
    await auditedStore(deleted);
    await dropGuards(deleted);
    await queryDirect(deleted, 'delete from audit_log where seq = 3');
    const afterDelete = whereabouts('audit', 'verify', '--db', deleted);
    expect(afterDelete.status).toBe(1);
    expect(afterDelete.stderr).toMatch(/entry 3 was removed \(the next entry is 4\); 2 entries before it are intact/);

    const inserted = await store().another();
    await auditedStore(inserted);
    await dropGuards(inserted);
    // A forged entry slipped in after entry 2, linked to it, and the entries after it renumbered.
    for (const seq of [5, 4, 3]) await queryDirect(inserted, `update audit_log set seq = ${seq + 1} where seq = ${seq}`);
    const [second] = await queryDirect<{ hash: string }>(inserted, 'select hash from audit_log where seq = 2');
    await queryDirect(inserted, "insert into audit_log (seq, at, actor, action, outcome, detail, prev_hash, hash) values (3, '2026-01-01T00:00:00.000Z', 'mallory', 'user-add', 'ok', '{}', $1, $2)", [second!.hash, 'f'.repeat(64)]);
    const afterInsert = whereabouts('audit', 'verify', '--db', inserted);
    expect(afterInsert.status).toBe(1);
    expect(afterInsert.stderr).toMatch(/entry 3 was changed/);
  });
});
