// Reads of the mediation capability: the organisations and mediators a court may entrust, and one matter's record.
// Every change goes through the case events of 民诉前调 (src/domain/casetypes/preFilingMediation.ts).
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { CaseDetail } from '../../../contracts/cases';
import { MediationApplication, MediationOrganisation, MediationRecord, OrganisationsQuery } from '../../../contracts/mediation';
import { MEDIATION_ORGANISATION_KIND_LABELS, type MediationOrganisationKind } from '../../../domain/mediation/organisations';
import { MEDIATION_END_GROUND_LABELS, type MediationEndGround } from '../../../domain/mediation/termination';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { caseDetail } from '../cases/caseDetail';
import { loadCase } from '../cases/caseRecord';
import { applyForMediation } from './applyForMediation';
import { mediatorChoiceRecord } from './choiceRecord';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function mediationRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/mediation/applications',
    {
      config: { access: ['party', 'lawyer'] },
      schema: { tags: ['mediation'], summary: '在线申请诉前调解 Apply for pre-litigation mediation online', body: MediationApplication, response: { 201: CaseDetail, ...errors, 409: ErrorBody, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await applyForMediation(deps, actor, req.body);
      reply.status(201);
      return caseDetail(deps.db, actor, row.id, deps.clock.today(), deps.clock.now(), row);
    },
  );

  app.get(
    '/api/v1/mediation/organisations',
    {
      config: { access: ['filingClerk', 'divisionChief', 'president', 'admin'] },
      schema: { tags: ['mediation'], summary: '调解组织与调解员 Mediation organisations and mediators of a court', querystring: OrganisationsQuery, response: { 200: Type.Array(MediationOrganisation), ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!actor.roles.includes('admin') && actor.courtId !== req.query.courtId) {
        throw new AppError(403, 'COURT_FORBIDDEN', '只能查看本院的调解组织。', "You may only see your own court's mediation organisations.");
      }
      const r = await deps.db.execute<{ id: number; court_id: number; name: string; kind: string; is_active: boolean; mediators: { userId: number; displayName: string; specialties: string[]; isActive: boolean; courtIds: number[] }[] }>(sql`
        select o.id, o.court_id, o.name, o.kind, o.is_active,
               coalesce((select json_agg(json_build_object('userId', m.user_id, 'displayName', u.display_name, 'specialties', m.specialties,
                                  'isActive', m.is_active and u.is_active,
                                  'courtIds', array(select mc.court_id from mediator_courts mc where mc.user_id = m.user_id order by mc.court_id))
                                  order by u.display_name)
                           from mediators m join users u on u.id = m.user_id where m.organisation_id = o.id), '[]') as mediators
          from mediation_organisations o where o.court_id = ${req.query.courtId} order by o.id`);
      return r.rows.map((o) => ({
        id: Number(o.id),
        courtId: Number(o.court_id),
        name: o.name,
        kind: o.kind as MediationOrganisationKind,
        kindLabel: MEDIATION_ORGANISATION_KIND_LABELS[o.kind as MediationOrganisationKind],
        isActive: o.is_active,
        mediators: o.mediators.map((m) => ({ ...m, userId: Number(m.userId), courtIds: m.courtIds.map(Number) })),
      }));
    },
  );

  app.get(
    '/api/v1/cases/:id/mediation',
    { config: { access: 'authenticated' }, schema: { tags: ['mediation'], summary: '调解记录（委派、调解协议、签署）A matter\'s mediation: entrustment, agreement, signatures', params: IdParams, response: { 200: MediationRecord, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      if (!c || !(await relationToCase(deps.db, actor, c)).canView) throw caseNotFound();
      const e = (
        await deps.db.execute<Record<string, any>>(sql`
          select e.*, o.name as organisation_name, u.display_name as mediator_name, a.file_name
            from mediation_entrustments e join mediation_organisations o on o.id = e.organisation_id
            left join users u on u.id = e.mediator_id left join attachments a on a.id = e.agreement_attachment_id
           where e.case_id = ${c.id}`)
      ).rows[0];
      const sigs = await deps.db.execute<{ id: number; name: string; signed_at: Date | null; signed_by: string | null; method: 'portal' | 'inPerson' | null; signed_copy_id: number | null }>(sql`
        select p.id, p.name, s.signed_at, u.display_name as signed_by, s.method, s.signed_copy_id
          from case_parties p
          left join mediation_signatures s on s.party_id = p.id and s.case_id = p.case_id and s.sha256 = ${e?.agreement_sha256 ?? ''}
          left join users u on u.id = s.user_id
         where p.case_id = ${c.id} order by p.ordinal`);
      const sessions = await deps.db.execute<Record<string, any>>(sql`select * from mediation_sessions where case_id = ${c.id} order by starts_at, id`);
      return {
        sessions: sessions.rows.map((x) => ({
          id: Number(x.id),
          startsAt: iso(x.starts_at)!,
          endsAt: iso(x.ends_at),
          place: x.place,
          meetingUrl: x.meeting_url,
          status: x.status,
          record: x.record,
          recordedAt: iso(x.recorded_at),
        })),
        entrustment: e
          ? {
              organisationId: Number(e.organisation_id),
              organisationName: e.organisation_name,
              mediatorId: e.mediator_id === null ? null : Number(e.mediator_id),
              mediatorName: e.mediator_name ?? null,
              designatedAt: iso(e.designated_at)!,
              confirmedAt: iso(e.confirmed_at),
              declinedAt: iso(e.declined_at),
              endGround: e.end_ground ?? null,
              endGroundLabel: e.end_ground ? MEDIATION_END_GROUND_LABELS[e.end_ground as MediationEndGround] : null,
              endedOn: e.ended_on ?? null,
              chosenByParties: e.chosen_by_parties === true,
            }
          : null,
        choice: await mediatorChoiceRecord(deps.db, c, deps.clock.today()),
        agreement: e?.agreement_attachment_id ? { attachmentId: Number(e.agreement_attachment_id), fileName: e.file_name, sha256: e.agreement_sha256 } : null,
        signatures: sigs.rows.map((s) => ({ partyId: Number(s.id), partyName: s.name, signedAt: iso(s.signed_at), signedBy: s.signed_by, method: s.method, signedCopyId: s.signed_copy_id === null ? null : Number(s.signed_copy_id) })),
      };
    },
  );
}
