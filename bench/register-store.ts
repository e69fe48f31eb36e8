/**
 * Register store benchmark: `npx tsx bench/register-store.ts` (BENCH_RECORDS=20000 for a quick run).
 *
 * On a fresh SQLite file and (when reachable) a fresh PostgreSQL database: stores one version
 * of N records, then times what a reconcile and the commands do with the register tables:
 * replacePersonMembers (N members, twice: the second keeps first_run_id), insertReviewPairs
 * (N/5 pairs), and recordsByIdentity picking 100 records (identities are computed, so it reads
 * the whole version). Peers in the same run: better-sqlite3 prepared inserts of the same member
 * rows in one transaction, and an indexed SQL lookup of the same 100 records by record_key
 * (what a stored identity column would cost).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { IngestRow } from '../src/ingest/record.js';
import { openStore } from '../src/store/open-store.js';
import { encodeRecord } from '../src/store/record-codec.js';
import { recordIdentities } from '../src/store/record-identity.js';
import type { PersonMember } from '../src/store/register-repository.js';
import type { Repository, StoredRecord } from '../src/store/repository.js';

const N = Number(process.env['BENCH_RECORDS'] ?? 100_000);
const PG_SERVER = process.env['WHEREABOUTS_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${label.padEnd(52)} ${seconds.toFixed(2).padStart(6)} s wall  ${((used.user + used.system) / 1e6).toFixed(2).padStart(6)} s CPU`);
  return result;
}

function rows(): IngestRow[] {
  // Half the rows carry the list's id, half are named by content, as in a mixed register.
  return Array.from({ length: N }, (_, i) => ({
    row: i + 1,
    raw: { ID: i % 2 === 0 ? `R-${i}` : '', Surname: `Surname${i}`, Name: 'Ivan' },
    fields: i % 2 === 0 ? { record_id: `R-${i}`, surname: `Surname${i}`, given_name: 'Ivan' } : { surname: `Surname${i}`, given_name: 'Ivan' },
    warnings: [],
  }));
}

async function storeVersion(store: Repository): Promise<{ listId: number; records: StoredRecord[]; identities: string[] }> {
  const listId = await store.write('import:bench', async (writer) => {
    const list = await writer.createList({ name: 'bench', party: 'delegate', kind: 'detention' });
    await writer.createVersion({
      listId: list.id, version: 1, fileName: 'bench.csv', fileSize: 1, fileSha256: 'x', format: 'csv',
      encoding: 'utf-8', delimiter: ',', sheets: null, columns: [], importedBy: 'bench',
    });
    const all = rows();
    for (let i = 0; i < all.length; i += writer.batchSize) {
      await writer.insertRecords({ party: 'delegate', listId: list.id, version: 1 }, all.slice(i, i + writer.batchSize).map(encodeRecord));
    }
    await writer.completeVersion(list.id, 1, { columns: [], skipped: { empty: 0, preamble: [] }, recordCount: N, quarantinedCount: 0, warningCount: 0 });
    return list.id;
  });
  const records: StoredRecord[] = [];
  for await (const record of store.records(listId, 1)) records.push(record);
  return { listId, records, identities: recordIdentities(records) };
}

async function run(location: string, peer: (members: PersonMember[], keys: string[]) => Promise<void>): Promise<void> {
  const store = await openStore(location);
  try {
    const { listId, identities } = await timed(`store a version of ${N} records (setup)`, () => storeVersion(store));
    const members = identities.map((identity, i) => ({ personId: `P-${String(Math.floor(i / 2)).padStart(6, '0')}`, listId, identity }));
    const runId = await store.write('register', (w) =>
      w.createRun({ startedAt: '', finishedAt: '', actor: 'bench', versions: [{ listName: 'bench', listId, version: 1 }], settings: {}, model: null, summary: {} }),
    );
    await timed(`replacePersonMembers, ${N} members, empty register`, () => store.write('register', (w) => w.replacePersonMembers(runId, members)));
    await timed(`replacePersonMembers, ${N} members, again`, () => store.write('register', (w) => w.replacePersonMembers(runId, members)));
    await timed('personMembers() read back', () => store.personMembers());
    const pairs = Array.from({ length: Math.floor(N / 5) }, (_, i) => ({
      a: { listId, identity: identities[2 * i]!, row: 2 * i + 1 },
      b: { listId, identity: identities[2 * i + 1]!, row: 2 * i + 2 },
      match_probability: 0.5,
      match_weight: 0,
      explanation: [{ comparison: 'surname', level: 'fuzzy', bayes_factor: 3.2 }],
    }));
    await timed(`insertReviewPairs, ${pairs.length} pairs`, () => store.write('register', (w) => w.insertReviewPairs(runId, pairs)));
    const wanted = identities.filter((_, i) => i % Math.floor(N / 100) === 0).slice(0, 100);
    const found = await timed('recordsByIdentity, 100 records (whole version read)', () => store.recordsByIdentity(listId, 1, wanted));
    if (found.size !== wanted.length) throw new Error(`found ${found.size} of ${wanted.length}`);
    const keys = wanted.filter((w) => w.startsWith('id:')).map((w) => w.slice(3));
    await peer(members, keys);
  } finally {
    await store.close();
  }
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-bench-register-'));
try {
  const file = path.join(folder, 'whereabouts.db');
  console.log(`SQLite (${N} records)`);
  await run(file, async (members, keys) => {
    const db = new Database(file);
    try {
      db.pragma('synchronous = FULL');
      await timed(`peer: better-sqlite3 prepared inserts, ${members.length} members`, async () => {
        db.exec('create temporary table member_peer (person_id text, list_id integer, identity text, first_run_id integer, primary key (list_id, identity))');
        const insert = db.prepare('insert into member_peer values (?, ?, ?, 1)');
        db.transaction(() => { for (const m of members) insert.run(m.personId, m.listId, m.identity); })();
      });
      await timed(`peer: SQL lookup of ${keys.length} records by record_key`, async () => {
        const found = db.prepare(`select * from record where list_id = 1 and version = 1 and record_key in (${keys.map(() => '?').join(',')})`).all(...keys);
        if (found.length !== keys.length) throw new Error('peer lookup missed');
      });
    } finally {
      db.close();
    }
  });

  const name = `wa_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  const reachable = await admin.connect().then(() => true, () => false);
  if (!reachable) console.log(`PostgreSQL not reachable at ${PG_SERVER}: skipped`);
  else {
    await admin.query(`create database ${name}`);
    try {
      console.log(`PostgreSQL (${N} records)`);
      await run(`${PG_SERVER}/${name}`, async (_members, keys) => {
        const client = new pg.Client({ connectionString: `${PG_SERVER}/${name}` });
        await client.connect();
        try {
          await timed(`peer: SQL lookup of ${keys.length} records by record_key`, async () => {
            const found = await client.query('select * from record where list_id = 1 and version = 1 and record_key = any($1)', [keys]);
            if (found.rowCount !== keys.length) throw new Error('peer lookup missed');
          });
        } finally {
          await client.end();
        }
      });
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
