// 卷宗检索 in SQL: the dossier pages that hold every term of a query, of the cases the reader may see, never a 副卷
// page unless the reader is staff of that case's court. Access, filters and the volume are conditions of the one query
// (not a filter on its results), so the count and every page of results are the reader's own.
import { sql, type SQL } from 'drizzle-orm';
import { SEARCH_COUNT_CAP, type DossierSearchHit } from '../../../contracts/dossierSearch';
import { sectionOf } from '../../../domain/dossier/arrangement';
import { catalogueFor, type DossierSection } from '../../../domain/dossier/catalogue';
import { loadConfiguredCatalogues } from '../dossier/catalogueStore';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import type { PageOf, PageRequest } from '../../http/pagination';
import { matchingWords, snippetOf } from '../../search/pageHighlight';
import { parseSearchTerms, termPatterns, termsBigramQuery, type SearchTerm } from '../../search/searchTerms';
import { isSecondaryVolumeSql } from '../dossier/volumeSql';
import { selectHits } from './hitSelection';

export interface PageSearch extends PageRequest {
  q: string;
  sort?: string | undefined;
  /** Which cases: a condition on the cases row `k` (the reader's scope, or one case). */
  cases: SQL;
  /** The court whose cases' 副卷 pages the reader may find; null: 正卷 only; 'all': the one case's reader is its court's staff. */
  secondaryFor: number | null | 'all';
  /** A reader who is not staff of the case's court: another side's unexchanged evidence is left out (docs/evidence.md). */
  evidenceReader?: number | null;
  courtId?: number | undefined;
  caseType?: string | undefined;
  year?: number | undefined;
  kind?: string | undefined;
}

export const dossierSearchEmpty = () =>
  new AppError(422, 'DOSSIER_SEARCH_EMPTY', '请输入要检索的文字。', 'Type the words to search for.');

export async function searchDossierPages(db: Queryable, s: PageSearch): Promise<PageOf<DossierSearchHit>> {
  const terms = parseSearchTerms(s.q);
  if (!terms.length) throw dossierSearchEmpty();
  return db.transaction(
    async (tx) => {
      // Each query reads a few thousand rows at most: starting parallel workers costs more than it saves (bench: 120 → 32 ms).
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      return searchIn(tx, s, terms);
    },
    { accessMode: 'read only' },
  );
}

async function searchIn(db: Tx, s: PageSearch, terms: readonly SearchTerm[]): Promise<PageOf<DossierSearchHit>> {
  // Each case type's catalogue decides the volume: the 副卷 condition and the hits' sections read the configured ones.
  const configured = await loadConfiguredCatalogues(db);
  const secondary = isSecondaryVolumeSql({ kind: sql`a.category`, sectionKey: sql`e.section_key`, caseType: sql`k.case_type` }, configured);
  const items: SQL[] = [
    s.cases,
    // A file carried by a message is not a dossier item (loadDossierItems).
    sql`not exists (select 1 from case_message_attachments l where l.attachment_id = a.id)`,
    // A batch scan split into items has left the dossier: its parts' pages are found instead.
    sql`e.split_at is null`,
  ];
  if (s.secondaryFor === null) items.push(sql`not ${secondary}`);
  else if (s.secondaryFor !== 'all') items.push(sql`(k.court_id = ${s.secondaryFor} or not ${secondary})`);
  // 证据交换: conservatively, evidence not yet exchanged shows only to the parties who submitted it (and their agents).
  if (s.evidenceReader) {
    items.push(sql`not exists (
      select 1 from evidence_items i where i.case_id = k.id and a.id = any(i.attachment_ids) and i.status <> 'exchanged'
         and i.party_id not in (select p.id from case_parties p where p.case_id = k.id and p.user_id = ${s.evidenceReader}
                                union select g.party_id from case_agents g where g.case_id = k.id and g.user_id = ${s.evidenceReader}))`);
  }
  if (s.courtId !== undefined) items.push(sql`k.court_id = ${s.courtId}`);
  if (s.caseType !== undefined) items.push(sql`k.case_type = ${s.caseType}`);
  if (s.year !== undefined) items.push(sql`coalesce(k.number_year, extract(year from k.received_on)::int) = ${s.year}`);
  if (s.kind !== undefined) items.push(sql`a.category = ${s.kind}`);
  const tsq = termsBigramQuery(terms);
  const rankOf = (v: SQL) => (tsq === null ? sql`0::real` : sql`ts_rank(${v}.bigrams, ${tsq}::tsquery)`);
  const order = orderOf(s.sort);
  const page = s.page ?? 1;
  const pageSize = s.pageSize ?? 20;
  const { keys, count } = await selectHits(
    db,
    {
      items: sql.join(items, sql` and `),
      candidates: tsq === null ? null : sql`p.bigrams @@ ${tsq}::tsquery`,
      exact: sql.join(termPatterns(terms).map((t) => sql`p.search_text like ${t}`), sql` and `),
      order,
      rank: order !== null && s.sort?.endsWith('relevance') ? rankOf(sql`p`) : sql`0::real`,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
    SEARCH_COUNT_CAP,
  );
  // The page's hits are chosen on ids; their text, words, titles and rank are read for those rows only.
  const rows = keys.length
    ? await db.execute<HitRow>(sql`
    select h.attachment_id, h.page_no, h.case_id, ${rankOf(sql`pg`)} as rank, k.case_number, k.case_type, k.court_id, ct.name as court_name,
           a.category, a.file_name, e.section_key, e.title, g.title as generated_title, pg.text, pg.source, pg.words, pg.image_width, pg.image_height
      from unnest(${sql.param(keys.map((k) => Number(k.attachment_id)))}::bigint[], ${sql.param(keys.map((k) => Number(k.page_no)))}::int[],
                  ${sql.param(keys.map((k) => Number(k.case_id)))}::bigint[]) with ordinality as h(attachment_id, page_no, case_id, n)
      join attachment_pages pg on pg.attachment_id = h.attachment_id and pg.page_no = h.page_no
      join attachments a on a.id = h.attachment_id
      join cases k on k.id = h.case_id
      join courts ct on ct.id = k.court_id
      left join dossier_entries e on e.attachment_id = a.id
      left join generated_documents g on g.attachment_id = a.id
     order by h.n`)
    : { rows: [] };
  const texts = terms.map((t) => t.text);
  const hits = rows.rows.map((r) => presentHit(r, texts, s.q, configured));
  return count > SEARCH_COUNT_CAP ? { items: hits, total: SEARCH_COUNT_CAP, totalAtLeast: true, page, pageSize } : { items: hits, total: count, page, pageSize };
}

/**
 * The order of hits, always ending in a unique key (item, page) so pages never overlap; null for the default, newest
 * item first (the order a frequent phrase is found in without ranking every match: hitSelection).
 */
function orderOf(sort: string | undefined): SQL | null {
  switch (sort) {
    case 'added':
      return sql`attachment_id, page_no`;
    case 'relevance':
      return sql`rank, attachment_id, page_no`;
    case '-relevance':
      return sql`rank desc, attachment_id desc, page_no`;
    case 'case':
      return sql`case_id, attachment_id, page_no`;
    case '-case':
      return sql`case_id desc, attachment_id desc, page_no`;
    default:
      return null;
  }
}

interface HitRow extends Record<string, unknown> {
  attachment_id: string;
  page_no: number;
  case_id: string;
  rank: number;
  case_number: string | null;
  case_type: string;
  court_id: number;
  court_name: string;
  category: string;
  file_name: string;
  section_key: string | null;
  title: string | null;
  generated_title: string | null;
  text: string | null;
  source: 'textLayer' | 'ocr' | null;
  words: { text: string; box: [number, number, number, number] }[] | null;
  image_width: number | null;
  image_height: number | null;
}

function presentHit(r: HitRow, terms: readonly string[], q: string, configured: Readonly<Record<string, readonly DossierSection[]>>): DossierSearchHit {
  const caseId = Number(r.case_id);
  const itemId = Number(r.attachment_id);
  const pageNo = Number(r.page_no);
  const section = sectionOf(catalogueFor(r.case_type, configured), {
    id: itemId,
    kind: r.category,
    createdAt: '',
    pageCount: null,
    placement: r.section_key === null ? null : { sectionKey: r.section_key, position: 0 },
  });
  const words = r.words ?? [];
  const ocr =
    r.source === 'ocr' && r.image_width !== null && r.image_height !== null
      ? { imageWidth: Number(r.image_width), imageHeight: Number(r.image_height), boxes: matchingWords(words, terms).map((i) => ({ text: words[i]!.text, box: words[i]!.box })) }
      : null;
  return {
    caseId,
    caseNumber: r.case_number,
    caseType: r.case_type,
    courtId: Number(r.court_id),
    courtName: r.court_name,
    item: { id: itemId, title: r.title ?? r.generated_title ?? r.file_name, kind: r.category, volume: section.volume, sectionKey: section.key, sectionTitle: section.title },
    pageNo,
    source: r.source,
    snippet: snippetOf(r.text ?? '', terms),
    ocr,
    rank: Number(r.rank),
    viewerUrl: `/cases/${caseId}/dossier/view?item=${itemId}&page=${pageNo}&q=${encodeURIComponent(q)}`,
  };
}
