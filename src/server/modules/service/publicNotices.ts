// The public notice board: each 公告 as published when service by public notice is recorded, listed without login
// while it runs (CPL-Interp arts 138–139).
import { sql } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { Bilingual, ErrorBody, Page, PageQuery } from '../../../contracts/common';
import { caseTitle } from '../../../domain/filing/validateFiling';
import { publicNoticeText, type PublicNoticeFacts } from '../../../domain/service/publicNotice';
import type { Tx } from '../../db/database';
import { publicNotices } from '../../db/schema';
import type { Deps } from '../../deps';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { hearingAnnouncementRoutes } from './hearingAnnouncements';

export async function recordPublicNotice(
  tx: Tx,
  c: { id: number; courtId: number },
  n: { partyId: number; recipient: string; document: PublicNoticeFacts['document']; reason: string; issuedOn: string; deemedOn: string; noticeDays: number; periodDays: number | null },
): Promise<void> {
  const k = await tx.execute<Record<string, any>>(sql`
    select k.case_number, k.claims, k.closing_summary, ct.name as court_name, pc.name as parent_name, cz.name as cause_name,
           (select json_agg(json_build_object('standing', x.standing, 'name', x.name) order by x.ordinal) from case_parties x where x.case_id = k.id) as parties
      from cases k join courts ct on ct.id = k.court_id left join courts pc on pc.id = ct.parent_id left join causes cz on cz.id = k.cause_id
     where k.id = ${c.id}`);
  const r = k.rows[0]!;
  const content = publicNoticeText({
    courtName: r.court_name,
    caseNumber: r.case_number ?? '',
    caseTitle: caseTitle(r.parties ?? [], r.cause_name),
    document: n.document,
    recipient: n.recipient,
    reason: n.reason,
    noticeDays: n.noticeDays,
    deemedOn: n.deemedOn,
    claims: r.claims ?? [],
    periodDays: n.periodDays,
    appealCourtName: r.parent_name ?? null,
    summary: r.closing_summary ?? null,
  });
  await tx.insert(publicNotices).values({ caseId: c.id, courtId: c.courtId, partyId: n.partyId, document: n.document, reason: n.reason, issuedOn: n.issuedOn, deemedOn: n.deemedOn, content });
}

const PublicNotice = Type.Object({
  id: Type.Integer(),
  courtName: Type.String(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  recipient: Type.String(),
  document: Type.String(),
  issuedOn: Type.String(),
  deemedOn: Type.String(),
  content: Bilingual,
});

export function publicNoticeRoutes(app: App, deps: Deps) {
  hearingAnnouncementRoutes(app, deps);
  app.get(
    '/api/v1/public-notices',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        summary: '公告（公开，公告期内）Public notices while they run',
        querystring: Type.Object({ courtId: Type.Optional(Type.Integer({ minimum: 1 })), ...PageQuery }, { additionalProperties: false }),
        response: { 200: Page(PublicNotice), 400: ErrorBody },
      },
    },
    async (req) => {
      const today = deps.clock.today();
      const cond = req.query.courtId
        ? sql`n.issued_on <= ${today} and n.deemed_on >= ${today} and n.court_id = ${req.query.courtId}`
        : sql`n.issued_on <= ${today} and n.deemed_on >= ${today}`;
      return pageOf<Record<string, any>, Static<typeof PublicNotice>>(
        deps.db,
        req.query,
        sql`select n.*, ct.name as court_name, k.case_number, p.name as recipient
              from public_notices n join courts ct on ct.id = n.court_id join cases k on k.id = n.case_id join case_parties p on p.id = n.party_id
             where ${cond} order by n.issued_on desc, n.id desc`,
        sql`select count(*) as n from public_notices n where ${cond}`,
        (n) => ({ id: Number(n.id), courtName: n.court_name, caseNumber: n.case_number, recipient: n.recipient, document: n.document, issuedOn: n.issued_on, deemedOn: n.deemed_on, content: n.content }),
      );
    },
  );
}
