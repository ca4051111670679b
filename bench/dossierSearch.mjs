// 卷宗检索 at scale: N dossier pages of synthetic Chinese legal text (src/server/synthetic/dossierPages.ts) over a
// synthetic province's cases, loaded with COPY; then p50/p95 of 2–6-character phrases (drawn from the pages, so each
// has at least one hit) searched province-wide and filtered to one court — through the search itself
// (searchDossierPages: access conditions, volume rule, relevance order, snippets, capped count) and, in the same run
// on the same pages, the bare bigram query and its pg_trgm baseline (GIN gin_trgm_ops, LIKE '%…%') in the same shape.
//
// Usage: npm run bench:dossier-search -- [pages=100000] [phrases=50]
//   BENCH_KEEP=1 keeps the database afterwards; BENCH_REUSE=1 measures again on a kept one (its migrations brought up to
//   date, the load skipped) — a 1,000,000-page load takes ≈ 15 minutes on 2 cores.
//   BENCH_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/test): a PostgreSQL server on which the bench creates
//   (and at the end drops) the database BENCH_DB (default courtflow_bench_dossier) with a UTF-8 ctype (pg_trgm ignores
//   CJK under ctype C).
import pg from 'pg';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/server/config.ts';
import { startServer } from '../src/server/start.ts';
import { generateProvince } from '../src/server/synthetic/generate.ts';
import { CopyBuffer } from '../src/server/synthetic/copyText.ts';
import { seededRng } from '../src/server/synthetic/random.ts';
import { DOSSIER_PAGE_KINDS, bigramTsvectorText, dossierFacts, dossierPageText } from '../src/server/synthetic/dossierPages.ts';
import { pageSearchText } from '../src/domain/filePages/pageText.ts';
import { searchDossierPages } from '../src/server/modules/dossierSearch/searchPages.ts';
import { parseSearchTerms, termsBigramQuery } from '../src/server/search/searchTerms.ts';

const N = Number(process.argv[2] ?? 100_000);
const PHRASES = Number(process.argv[3] ?? 50);
const PAGES_PER_CASE = 25; // five documents (起诉状, 证据, 庭审笔录, 判决书, 审理报告) of about five pages each
const admin = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = process.env.BENCH_DB ?? 'courtflow_bench_dossier';
const log = (s) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
const t0 = performance.now();
const secs = (from) => ((performance.now() - from) / 1000).toFixed(1);

const a = new pg.Client({ connectionString: admin });
await a.connect();
const reuse = process.env.BENCH_REUSE === '1' && (await a.query('select 1 from pg_database where datname = $1', [dbName])).rows.length > 0;
// The measurement's 20 s limit (set on the database below) must not stop a migration of a kept database.
if (reuse) await a.query(`alter database ${dbName} reset statement_timeout`);
else {
  await a.query(`drop database if exists ${dbName} with (force)`);
  await a.query(`create database ${dbName} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`);
}
await a.end();
const url = new URL(admin);
url.pathname = `/${dbName}`;

const config = loadConfig({}, { databaseUrl: url.toString(), port: 0, host: '127.0.0.1', jobsIntervalSeconds: 0, jobWorkers: 0, seedDemo: false, logLevel: 'warn' });
const server = await startServer(config, { log: pino({ level: 'warn' }) });
const { pool, db } = server.database;
try {
  let step = performance.now();
  let sameBigrams = 0;
  let sampled = 0;
  let written = Number((await pool.query('select count(*)::int as n from attachment_pages')).rows[0].n);
  let loadNote = '';
  if (!reuse) {
    // Cases: a synthetic province (courts, judges, cases with their parties and history).
    const cases = Math.max(1, Math.ceil(N / PAGES_PER_CASE));
    await generateProvince(server.database, { cases, seed: 7, years: 3, today: '2026-11-30' });
    const caseRows = (await pool.query('select id, court_id from cases order by id')).rows;
    log(`province: ${caseRows.length} cases in ${secs(step)} s`);

    // Pages: COPY without the search indexes, which are built afterwards (as a restore would).
    step = performance.now();
    await pool.query('drop index if exists attachment_pages_search_idx');
    const uploader = (await pool.query('select min(id) as id from users')).rows[0].id;
    const rng = seededRng(11);
    const attachments = new CopyBuffer('attachments', ['id', 'case_id', 'uploaded_by', 'file_name', 'mime_type', 'size_bytes', 'sha256', 'storage_key', 'category']);
    const sets = new CopyBuffer('attachment_page_sets', ['attachment_id', 'status', 'page_count']);
    const pages = new CopyBuffer('attachment_pages', ['attachment_id', 'page_no', 'status', 'source', 'text', 'search_text', 'bigrams', 'attempts']);
    const flush = async () => {
      const c = await pool.connect();
      try {
        await attachments.flush(c);
        await sets.flush(c);
        await pages.flush(c);
      } finally {
        c.release();
      }
    };
    let attachmentId = 1;
    written = 0;
    for (const k of caseRows) {
      if (written >= N) break;
      const facts = dossierFacts(rng, 2024 + (Number(k.id) % 3));
      for (const kind of DOSSIER_PAGE_KINDS) {
        if (written >= N) break;
        const count = Math.min(N - written, rng.int(3, 7));
        attachments.add(attachmentId, k.id, uploader, `${kind}.pdf`, 'application/pdf', 1000, '0'.repeat(64), 'bench', kind);
        sets.add(attachmentId, 'done', count);
        for (let p = 1; p <= count; p++) {
          const text = dossierPageText(rng, facts, kind, 500);
          const search = pageSearchText(text);
          pages.add(attachmentId, p, 'done', 'textLayer', text, search, bigramTsvectorText(search), 1);
        }
        written += count;
        attachmentId++;
      }
      if (pages.rows > 20_000) await flush();
    }
    await flush();
    await pool.query(`select setval('attachments_id_seq', ${attachmentId})`);
    log(`pages: ${written} in ${secs(step)} s`);
    const check = (await pool.query(`select count(*) filter (where bigrams = strip(cf_bigrams(search_text)))::int as same, count(*)::int as n from (select bigrams, search_text from attachment_pages order by attachment_id, page_no limit 200) s`)).rows[0];
    [sameBigrams, sampled] = [check.same, check.n];

    step = performance.now();
    const ddl = await pool.connect();
    await ddl.query(`set maintenance_work_mem = '1GB'`);
    await ddl.query('create index attachment_pages_search_idx on attachment_pages using gin (bigrams)');
    const bigramIndexSeconds = secs(step);
    step = performance.now();
    await ddl.query('create extension if not exists pg_trgm');
    await ddl.query('create index attachment_pages_trgm_idx on attachment_pages using gin (text gin_trgm_ops)');
    const trgmIndexSeconds = secs(step);
    for (const t of ['attachment_pages', 'attachments', 'attachment_page_sets', 'cases', 'dossier_entries']) await ddl.query(`vacuum analyze ${t}`);
    ddl.release();
    const sizes = (await pool.query(`select pg_size_pretty(pg_relation_size('attachment_pages_search_idx')) as bigram, pg_size_pretty(pg_relation_size('attachment_pages_trgm_idx')) as trgm, pg_size_pretty(pg_total_relation_size('attachment_pages')) as total`)).rows[0];
    log(`indexes: bigram ${bigramIndexSeconds} s (${sizes.bigram}), trigram ${trgmIndexSeconds} s (${sizes.trgm})`);
    loadNote = `Load ${secs(t0)} s in all; GIN bigram index ${bigramIndexSeconds} s (${sizes.bigram}), pg_trgm index ${trgmIndexSeconds} s (${sizes.trgm}); table with indexes ${sizes.total}.`;
  } else {
    // A kept database: its migrations were brought up to date by startServer (they may have rewritten every page).
    for (const t of ['attachment_pages', 'attachments', 'cases']) await pool.query(`vacuum analyze ${t}`);
    const sizes = (await pool.query(`select pg_size_pretty(pg_relation_size('attachment_pages_search_idx')) as bigram, pg_size_pretty(pg_total_relation_size('attachment_pages')) as total`)).rows[0];
    loadNote = `Measured again on a kept database (BENCH_REUSE) after ${secs(t0)} s of migration and vacuum; bigram index ${sizes.bigram}; table with indexes ${sizes.total}.`;
    log(loadNote);
  }
  const caseCount = Number((await pool.query('select count(*)::int as n from cases')).rows[0].n);
  // The plaintiffs of every 50th case, read from their pages (起诉状 and 判决书 name them in 原告…与被告…).
  const names = (await pool.query(`select distinct substring(p.text from '原告([^与，。：、]{2,3})与被告') as name from attachment_pages p join attachments a on a.id = p.attachment_id
     where a.case_id % 50 = 1 and a.category = 'complaint' and p.text like '%与被告%'`)).rows.map((r) => r.name).filter(Boolean);
  // Phrases of 2–6 characters cut from the loaded pages: half anywhere (mostly the documents' standard wording, found on
  // a large share of all pages) and half from the parties' names (found in a few cases' pages).
  const prng = seededRng(23);
  const phrases = { wording: [], names: [] };
  const sample = (await pool.query(`select p.text, k.id from attachment_pages p join attachments a on a.id = p.attachment_id join cases k on k.id = a.case_id where p.page_no = 1 and p.attachment_id % 97 = 1 limit 500`)).rows;

  while (phrases.wording.length < PHRASES / 2) {
    const text = prng.pick(sample).text;
    const len = 2 + (phrases.wording.length % 5);
    const at = prng.int(0, text.length - len);
    const phrase = text.slice(at, at + len);
    if (/^\p{Script=Han}+$/u.test(phrase)) phrases.wording.push(phrase);
  }
  const plaintiffs = [...new Set(names)].filter((n) => n.length >= 2 && n.length <= 3);
  while (phrases.names.length < PHRASES / 2) {
    const name = prng.pick(plaintiffs);
    phrases.names.push(phrases.names.length % 2 ? `原告${name}` : name);
  }
  const court = (await pool.query('select court_id from cases group by court_id order by count(*) desc limit 1')).rows[0].court_id;

  const rawQuery = (match, courtId) => `
    select p.attachment_id, p.page_no from attachment_pages p join attachments a on a.id = p.attachment_id join cases k on k.id = a.case_id
     where p.status = 'done' and ${match} ${courtId ? `and k.court_id = ${courtId}` : ''}
       and not exists (select 1 from case_message_attachments l where l.attachment_id = a.id)`;
  const raw = async (match, params, courtId) => {
    const q = rawQuery(match, courtId);
    await pool.query(`${q} order by p.attachment_id desc, p.page_no limit 20`, params);
    const r = await pool.query(`select count(*)::int as n from (${q} limit 1001) c`, params);
    return r.rows[0].n;
  };
  const bigramMatch = 'p.bigrams @@ $1::tsquery and p.search_text like $2';
  const bigramParams = (p) => [termsBigramQuery(parseSearchTerms(p)), `%${pageSearchText(p)}%`];
  const variants = {
    'search, newest first (default)': (p, courtId) => searchDossierPages(db, { q: `"${p}"`, cases: sql`true`, secondaryFor: 'all', courtId, pageSize: 20 }).then((r) => r.total),
    'search, by relevance': (p, courtId) => searchDossierPages(db, { q: `"${p}"`, cases: sql`true`, secondaryFor: 'all', courtId, sort: '-relevance', pageSize: 20 }).then((r) => r.total),
    'bigram GIN + search-text LIKE, bare': (p, courtId) => raw(bigramMatch, bigramParams(p), courtId),
    'pg_trgm GIN, LIKE': (p, courtId) => raw(`p.text like $1`, [`%${p}%`], courtId),
  };
  await pool.query(`alter database ${dbName} set statement_timeout = '20s'`);
  const results = [];
  for (const [category, list] of Object.entries(phrases)) for (const scope of [undefined, court]) {
    for (const [name, run] of Object.entries(variants)) {
      const times = [];
      const totals = [];
      for (const p of list) {
        await run(p, scope).catch(() => null); // warm
        const s = performance.now();
        const n = await run(p, scope).catch((e) => `error: ${e.message}`);
        times.push(performance.now() - s);
        totals.push(n);
      }
      const sorted = [...times].sort((x, y) => x - y);
      const pct = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
      const capped = totals.filter((n) => n === 1000 || n === 1001).length;
      const failed = totals.filter((n) => typeof n === 'string').length;
      results.push({ category, scope: scope ? `court ${scope}` : 'province', name, p50: pct(0.5), p95: pct(0.95), max: sorted.at(-1), capped, failed });
      log(`${category} · ${scope ? 'court' : 'province'} · ${name}: p95 ${pct(0.95).toFixed(1)} ms`);
    }
  }
  // Recall check on the bench's own pages: the bigram query finds exactly what LIKE finds for each phrase (count capped).
  let recallEqual = 0;
  for (const p of [...phrases.wording.slice(0, 5), ...phrases.names.slice(0, 5)]) {
    const [b, l] = [await raw(bigramMatch, bigramParams(p)), await raw('p.text like $1', [`%${p}%`])];
    if (b === l) recallEqual++;
  }
  const fmt = (x) => x.toFixed(1);
  console.log(`\n### Dossier search, ${written.toLocaleString('en')} pages (${caseCount.toLocaleString('en')} cases), ${PHRASES} phrases of 2–6 characters\n`);
  console.log(loadNote);
  console.log(`Bigram COPY text equals strip(cf_bigrams()) on ${sameBigrams}/${sampled} sampled pages; bigram + search-text count equals the plain LIKE count (pg_trgm) on ${recallEqual}/10 phrases.\n`);
  console.log('| phrases | scope | query | p50 ms | p95 ms | max ms | phrases with > 1,000 hits (count capped) | failed (20 s timeout) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) console.log(`| ${r.category} | ${r.scope} | ${r.name} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${r.capped} | ${r.failed} |`);
  console.log(`\nPhrases (wording): ${phrases.wording.join(' ')}\nPhrases (names): ${phrases.names.join(' ')}`);
} finally {
  await server.stop();
  if (!process.env.BENCH_KEEP) {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
  }
}
