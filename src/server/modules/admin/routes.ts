// Administration: reference data and accounts. Every change is one transaction with an audit entry.
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { type USER_SORT_COLUMNS, UserAccount, UserAccountInput, type UserAccountInput as UserAccountInputT, UserListQuery } from '../../../contracts/auth';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import { CaseTypeCode, type CaseTypeCode as CaseTypeCodeT, CaseTypeCodeUpdate, Cause, CauseUpdate, Court, CourtInput } from '../../../contracts/reference';
import { validateResidentIdNumber } from '../../../domain/identity';
import { isStaffRole } from '../../../domain/roles/roles';
import { hashPassword } from '../../auth/passwords';
import type { Tx } from '../../db/database';
import { auditLog } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';
import { CAUSE_COLUMNS } from '../reference/referenceLists';
import { COURT_COLUMNS } from '../reference/routes';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const USER_COLUMNS = sql`id, username, display_name as "displayName", roles, court_id as "courtId", division_id as "divisionId",
  team_judge_id as "teamJudgeId", id_number as "idNumber", phone, is_active as "isActive"`;

const USER_SORTS: SortColumns<(typeof USER_SORT_COLUMNS)[number]> = {
  id: sql`id`,
  username: sql`username`,
  displayName: sql`display_name`,
  courtId: sql`court_id`,
  isActive: sql`is_active`,
};

async function audit(tx: Tx, actorId: number, action: string, entity: string, entityId: string | number, before: unknown, after: unknown) {
  await tx.insert(auditLog).values({ actorId, action, entity, entityId: String(entityId), before: before ?? null, after: after ?? null });
}

function checkAccount(u: UserAccountInputT, today: string) {
  const staff = u.roles.filter(isStaffRole);
  if (staff.length && u.courtId === null) throw new AppError(422, 'ACCOUNT_COURT_REQUIRED', '法院工作人员账号必须指定所属法院。', 'Court staff accounts need a court.');
  if (u.roles.some((r) => r === 'party' || r === 'lawyer') && (staff.length || u.courtId !== null)) {
    throw new AppError(422, 'ACCOUNT_ROLES_CONFLICT', '当事人、律师账号不能兼任法院角色或隶属法院。', 'Party and lawyer accounts cannot hold court roles or belong to a court.');
  }
  if (u.idNumber) {
    const r = validateResidentIdNumber(u.idNumber, { today });
    if (!r.ok) throw new AppError(422, r.code, r.message['zh-CN'], r.message.en);
    u.idNumber = r.normalized;
  }
}

/** The division and the team's judge an account names must exist in the account's own court. */
async function checkAccountLinks(tx: Tx, u: UserAccountInputT) {
  const r = await tx.execute<{ division_ok: boolean | null; judge_ok: boolean | null }>(sql`
    select (select court_id = ${u.courtId} from divisions where id = ${u.divisionId ?? null}) as division_ok,
           (select court_id = ${u.courtId} and 'judge' = any(roles) from users where id = ${u.teamJudgeId ?? null}) as judge_ok`);
  const { division_ok, judge_ok } = r.rows[0]!;
  if (u.divisionId != null && !division_ok) {
    throw new AppError(422, 'ACCOUNT_DIVISION_UNKNOWN', '所选庭室不存在或不属于该账号所在法院。', 'The division does not exist or is not in the account\'s court.');
  }
  if (u.teamJudgeId != null && !judge_ok) {
    throw new AppError(422, 'ACCOUNT_TEAM_JUDGE_UNKNOWN', '所选团队法官不存在，或不是该账号所在法院的法官。', 'The team\'s judge does not exist or is not a judge of the account\'s court.');
  }
}

export function adminRoutes(app: App, deps: Deps) {
  const admin = { access: ['admin'] as const };

  app.post(
    '/api/v1/admin/courts',
    { config: admin, schema: { tags: ['admin'], summary: '新增法院 Add a court', body: CourtInput, response: { 201: Court, ...errors } } },
    async (req, reply) =>
      deps.db.transaction(async (tx) => {
        const b = req.body;
        const r = await tx.execute<Court>(sql`
          insert into courts (code, name, level, parent_id, province, division_code, code_basis, code_evidence, is_active)
          values (${b.code}, ${b.name}, ${b.level}, ${b.parentId}, ${b.province ?? null}, ${b.divisionCode ?? null}, ${b.codeBasis}, ${b.codeEvidence ?? null}, ${b.isActive ?? true})
          returning ${COURT_COLUMNS}`);
        await audit(tx, requireActor(req).userId, 'create', 'court', r.rows[0]!.id, null, r.rows[0]);
        reply.status(201);
        return r.rows[0]!;
      }),
  );

  app.put(
    '/api/v1/admin/courts/:id',
    { config: admin, schema: { tags: ['admin'], summary: '修改法院 Edit a court', params: IdParams, body: CourtInput, response: { 200: Court, ...errors } } },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const b = req.body;
        const before = (await tx.execute<Court>(sql`select ${COURT_COLUMNS} from courts where id = ${req.params.id} for update`)).rows[0];
        if (!before) throw new AppError(404, 'COURT_UNKNOWN', '法院不存在。', 'No such court.');
        if (b.parentId === req.params.id) throw new AppError(422, 'COURT_PARENT_INVALID', '法院不能以自己为上级法院。', 'A court cannot be its own parent.');
        const r = await tx.execute<Court>(sql`
          update courts set code = ${b.code}, name = ${b.name}, level = ${b.level}, parent_id = ${b.parentId}, province = ${b.province ?? null},
                 division_code = ${b.divisionCode ?? null}, code_basis = ${b.codeBasis}, code_evidence = ${b.codeEvidence ?? null},
                 is_active = ${b.isActive ?? true}, updated_at = now()
           where id = ${req.params.id} returning ${COURT_COLUMNS}`);
        await audit(tx, requireActor(req).userId, 'update', 'court', req.params.id, before, r.rows[0]);
        return r.rows[0]!;
      }),
  );

  app.patch(
    '/api/v1/admin/causes/:id',
    { config: admin, schema: { tags: ['admin'], summary: '修改案由 Edit a cause of action', params: IdParams, body: CauseUpdate, response: { 200: Cause, ...errors } } },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const before = (await tx.execute<Cause>(sql`select ${CAUSE_COLUMNS} from causes where id = ${req.params.id} for update`)).rows[0];
        if (!before) throw new AppError(404, 'CAUSE_UNKNOWN', '案由不存在。', 'No such cause of action.');
        const r = await tx.execute<Cause>(sql`
          update causes set name = ${req.body.name ?? before.name}, is_active = ${req.body.isActive ?? before.isActive}
           where id = ${req.params.id} returning ${CAUSE_COLUMNS}`);
        await audit(tx, requireActor(req).userId, 'update', 'cause', req.params.id, before, r.rows[0]);
        return r.rows[0]!;
      }),
  );

  app.patch(
    '/api/v1/admin/case-type-codes/:code',
    {
      config: admin,
      schema: { tags: ['admin'], summary: '修改案件类型代字 Edit a case-type code', params: Type.Object({ code: Type.String({ pattern: '^\\d{4}$' }) }), body: CaseTypeCodeUpdate, response: { 200: CaseTypeCode, ...errors } },
    },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const cols = sql`code, name, type_code as "typeCode", category, kind, is_active as "isActive"`;
        const before = (await tx.execute<CaseTypeCodeT>(sql`select ${cols} from case_type_codes where code = ${req.params.code} for update`)).rows[0];
        if (!before) throw new AppError(404, 'CASE_TYPE_CODE_UNKNOWN', '案件类型代码不存在。', 'No such case-type code.');
        const typeCode = req.body.typeCode === undefined ? before.typeCode : req.body.typeCode;
        const r = await tx.execute<CaseTypeCodeT>(sql`
          update case_type_codes set name = ${req.body.name ?? before.name}, type_code = ${typeCode}, is_active = ${req.body.isActive ?? before.isActive}
           where code = ${req.params.code} returning ${cols}`);
        await audit(tx, requireActor(req).userId, 'update', 'caseTypeCode', req.params.code, before, r.rows[0]);
        return r.rows[0]!;
      }),
  );

  app.get(
    '/api/v1/admin/users',
    { config: admin, schema: { tags: ['admin'], summary: '账号列表 Accounts', querystring: UserListQuery, response: { 200: Page(UserAccount), 400: ErrorBody } } },
    async (req) => {
      const like = containsPattern(req.query.q ?? '');
      const conds = [sql`(username ilike ${like} or display_name like ${like})`];
      if (req.query.role) conds.push(sql`${req.query.role} = any(roles)`);
      if (req.query.isActive !== undefined) conds.push(sql`is_active = ${req.query.isActive}`);
      const cond = sql.join(conds, sql` and `);
      const order = orderBy(USER_SORTS, req.query.sort, 'id', sql`id`);
      return pageOf(deps.db, req.query, sql`select ${USER_COLUMNS} from users where ${cond} order by ${order}`, sql`select count(*) as n from users where ${cond}`, (r) => r as never);
    },
  );

  app.post(
    '/api/v1/admin/users',
    { config: admin, schema: { tags: ['admin'], summary: '新建账号 Create an account', body: UserAccountInput, response: { 201: UserAccount, ...errors } } },
    async (req, reply) => {
      const u = { ...req.body };
      checkAccount(u, deps.clock.today());
      if (!u.password) throw new AppError(422, 'PASSWORD_REQUIRED', '新账号须设置至少10位的初始密码。', 'A new account needs an initial password of at least 10 characters.');
      const hash = await hashPassword(u.password);
      return deps.db.transaction(async (tx) => {
        await checkAccountLinks(tx, u);
        const r = await tx.execute(sql`
          insert into users (username, password_hash, display_name, roles, court_id, division_id, team_judge_id, id_type, id_number, phone, is_active)
          values (${u.username}, ${hash}, ${u.displayName}, ${sql.raw(`ARRAY[${u.roles.map((x) => `'${x}'`).join(',')}]::text[]`)}, ${u.courtId}, ${u.divisionId},
                  ${u.teamJudgeId ?? null}, ${u.idNumber ? 'residentId' : null}, ${u.idNumber ?? null}, ${u.phone ?? null}, ${u.isActive ?? true})
          returning ${USER_COLUMNS}`);
        await audit(tx, requireActor(req).userId, 'create', 'user', String((r.rows[0] as { id: number }).id), null, r.rows[0]);
        reply.status(201);
        return r.rows[0] as never;
      });
    },
  );

  app.put(
    '/api/v1/admin/users/:id',
    { config: admin, schema: { tags: ['admin'], summary: '修改账号 Edit an account', params: IdParams, body: UserAccountInput, response: { 200: UserAccount, ...errors } } },
    async (req) => {
      const u = { ...req.body };
      checkAccount(u, deps.clock.today());
      const hash = u.password ? await hashPassword(u.password) : null;
      return deps.db.transaction(async (tx) => {
        const before = (await tx.execute(sql`select ${USER_COLUMNS} from users where id = ${req.params.id} for update`)).rows[0];
        if (!before) throw new AppError(404, 'USER_UNKNOWN', '账号不存在。', 'No such account.');
        await checkAccountLinks(tx, u);
        const r = await tx.execute(sql`
          update users set username = ${u.username}, display_name = ${u.displayName},
                 roles = ${sql.raw(`ARRAY[${u.roles.map((x) => `'${x}'`).join(',')}]::text[]`)}, court_id = ${u.courtId}, division_id = ${u.divisionId},
                 team_judge_id = ${u.teamJudgeId ?? null}, id_number = ${u.idNumber ?? null}, phone = ${u.phone ?? null},
                 is_active = ${u.isActive ?? true}, password_hash = coalesce(${hash}, password_hash)
           where id = ${req.params.id} returning ${USER_COLUMNS}`);
        // A deactivated account or a changed password ends the account's sessions.
        if (hash || u.isActive === false) await tx.execute(sql`delete from sessions where user_id = ${req.params.id}`);
        await audit(tx, requireActor(req).userId, 'update', 'user', req.params.id, before, r.rows[0]);
        return r.rows[0] as never;
      });
    },
  );
}
