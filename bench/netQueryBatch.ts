// Issue 18's national batch: a day's N national-channel inquiries (default 100,000) written out as one batch file and N
// results read back and attached to their cases, through the same code as the `nationalBatch` job
// (`claimNationalRequests` + the batch-file adapter; `attachResults` per chunk), against COPY of the same rows in the
// same run (COPY … TO a file for the requests out; COPY FROM a file into a staging table and one UPDATE for the results).
// Half the results find an account (into the asset list), half nothing.
//
// Usage: npm run bench:netquery -- [requests=100000]
// (a fresh embedded database with the demo seed, or BENCH_DATABASE_URL)
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import pino from 'pino';
import { attachResults, BATCH_CHUNK, claimNationalRequests } from '../src/server/modules/assetControl/nationalBatch';
import { batchFileConnector } from '../src/server/modules/assetControl/nationalConnector';
import { seededDatabase } from './seededDatabase';

const n = Number(process.argv[2] ?? 100_000);
const log = pino({ level: 'warn' });
const { dir, database, close } = await seededDatabase(log);
const db = database.db;
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

try {
  const court = (await db.execute<{ id: number }>(sql`select id from courts where code = '吉0102'`)).rows[0]!.id;
  const bank = (await db.execute<{ id: number }>(sql`select id from agencies where kind = 'bank' and channel = 'national' limit 1`)).rows[0]!.id;
  let t0 = performance.now();
  await db.execute(sql`
    insert into cases (case_type, court_id, node, received_on, case_number)
    select '执', ${court}::int, 'implementing', date '2026-04-01', '（2026）吉0102执' || (200000 + g) || '号' from generate_series(1, ${n}) g`);
  await db.execute(sql`
    insert into case_parties (case_id, standing, kind, name, id_type, id_number, ordinal)
    select id, 'executionDebtor', 'person', '被执行人' || id, 'residentId', '2201021985' || lpad((id % 100000000)::text, 8, '0'), 1 from cases where case_type = '执'`);
  const seedRequests = async (batch: string | null) =>
    db.execute(sql`
      insert into asset_control_requests (court_id, case_id, party_id, agency_id, channel, kind, status, legal_basis, requested_at, batch_id)
      select ${court}::int, p.case_id, p.id, ${bank}::int, 'national', 'inquiry', 'sent', '《最高人民法院关于民事执行中财产调查若干问题的规定》第一条', now(), ${batch}
        from case_parties p join cases k on k.id = p.case_id where k.case_type = '执' and p.standing = 'executionDebtor'`);
  await seedRequests(null);
  await db.execute(sql`analyze`);
  console.log(`seeded ${n} cases, debtors and inquiries in ${seconds(t0)} s`);

  // Out: the job's way — chunks claimed and marked with the batch, each written to the batch file.
  const connector = batchFileConnector(dir);
  t0 = performance.now();
  let sent = 0;
  for (;;) {
    const m = await db.transaction(async (tx) => {
      const chunk = await claimNationalRequests(tx, 'NQ-BENCH', BATCH_CHUNK);
      if (chunk.length) await connector.sendBatch('NQ-BENCH', chunk);
      return chunk.length;
    });
    sent += m;
    if (m < BATCH_CHUNK) break;
  }
  const outSeconds = seconds(t0);

  // The gateway's answers: half an account with a balance, half nothing.
  const ids = (await db.execute<{ id: string }>(sql`select id from asset_control_requests where batch_id = 'NQ-BENCH' order by id`)).rows.map((r) => Number(r.id));
  await mkdir(path.join(dir, 'netquery', 'inbox'), { recursive: true });
  const lines = ids.map((id) => JSON.stringify(id % 2 ? { requestId: id, outcome: 'answered', assets: [{ kind: 'account', identifier: `62220200${id}`, description: '活期账户', balanceFen: id % 100000 }] } : { requestId: id, outcome: 'answered', assets: [] }));
  await writeFile(path.join(dir, 'netquery', 'inbox', 'results.jsonl'), lines.join('\n'));

  // In: the job's way — chunks of results attached to their requests and cases.
  t0 = performance.now();
  let attached = 0;
  for await (const chunk of connector.readResults('results.jsonl', BATCH_CHUNK)) attached += (await db.transaction((tx) => attachResults(tx, chunk, '2026-06-05', new Date()))).attached;
  const inSeconds = seconds(t0);
  const assets = Number((await db.execute<{ n: string }>(sql`select count(*) as n from case_assets where source = 'inquiry'`)).rows[0]!.n);

  // Baseline: the same rows by COPY — out to a file; results in to a staging table, then one UPDATE.
  await seedRequests(null);
  await db.execute(sql`analyze asset_control_requests`);
  const client = await database.pool.connect();
  try {
    t0 = performance.now();
    await pipeline(
      client.query(copyTo(`copy (select q.id, ct.name, k.case_number, a.kind, q.kind, p.name, p.id_type, p.id_number, q.legal_basis
                                  from asset_control_requests q join courts ct on ct.id = q.court_id join cases k on k.id = q.case_id
                                  join agencies a on a.id = q.agency_id join case_parties p on p.id = q.party_id
                                 where q.channel = 'national' and q.status = 'sent' and q.batch_id is null order by q.id) to stdout`)),
      createWriteStream(path.join(dir, 'copy-out.tsv')),
    );
    const copyOut = seconds(t0);
    const copyIds = (await client.query<{ id: string }>(`select id from asset_control_requests where status = 'sent' and batch_id is null order by id`)).rows.map((r) => r.id);
    await writeFile(path.join(dir, 'copy-in.tsv'), copyIds.map((id) => `${id}\t{"found": false, "assets": []}`).join('\n') + '\n');
    t0 = performance.now();
    await client.query('create temp table results_in (id bigint, answer jsonb)');
    await pipeline(createReadStream(path.join(dir, 'copy-in.tsv')), client.query(copyFrom('copy results_in from stdin')));
    await client.query(`update asset_control_requests q set status = 'answered', answer = r.answer, answered_on = current_date from results_in r where q.id = r.id`);
    const copyIn = seconds(t0);
    console.log(`national batch of ${n}: out ${sent} requests in ${outSeconds} s (COPY: ${copyOut} s); in ${attached} results (${assets} assets) in ${inSeconds} s (COPY + UPDATE: ${copyIn} s)`);
  } finally {
    client.release();
  }
} finally {
  await close();
}
