// Fees and payments over HTTP: a case's fee position, statement import (preview, then post as a background job),
// the 不明款 queue.
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import { Job } from '../../../contracts/jobs';
import { CaseFees, ClaimInput, Receipt, ReceiptQuery, StatementIdParams, StatementPreview, StatementUploadQuery } from '../../../contracts/payments';
import { parseCaseNumber } from '../../../domain/caseno/parse';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { receiveOneFile, safeFileName } from '../../http/multipart';
import { requestLanguage } from '../../http/language';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { fundAccountOf, type FundAccount } from '../../../domain/payments/receiptMatch';
import { addLedgerEntry, caseFees, settleFeePeriod } from './caseFees';
import type { ReceiptBooks } from './receiptLedgers';
import { presentJob } from '../jobs/present';
import { MAX_STATEMENT_BYTES, previewStatement } from './statementImport';
import { startStatementPosting } from './statementPosting';
import { listReceipts, receiptExportRoute } from './receiptList';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody };

function courtOf(actor: { courtId: number | null }): number {
  if (actor.courtId === null) throw new AppError(403, 'COURT_REQUIRED', '您的账号未关联法院。', 'Your account belongs to no court.');
  return actor.courtId;
}

export function paymentRoutes(app: App, deps: Deps, books: ReceiptBooks) {
  app.get(
    '/api/v1/cases/:id/fees',
    { config: { access: 'authenticated' }, schema: { tags: ['payments'], summary: '案件诉讼费（应交、已交、可退）A case\'s fees: due, paid, refundable', params: IdParams, response: { 200: CaseFees, ...errors } } },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const c = await loadCase(tx, req.params.id);
        if (!c || !(await relationToCase(tx, requireActor(req), c)).canView) throw caseNotFound();
        return caseFees(tx, c.id, deps.clock.today());
      }),
  );

  app.post(
    '/api/v1/finance/statements',
    {
      config: { access: ['finance'] },
      schema: {
        tags: ['payments'],
        summary: '上传银行流水（预览）Upload a bank statement CSV (UTF-8 or GBK) and preview the matching',
        description: 'multipart field "file". Columns by header: bank_ref/流水号, date/交易日期, amount/金额 (or 贷方金额 and 借方金额), payer_name/对方户名, payer_account/对方账号, memo/附言/摘要. Nothing is posted until POST …/:id/post.',
        consumes: ['multipart/form-data'],
        querystring: StatementUploadQuery,
        response: { 201: StatementPreview, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const courtId = courtOf(actor);
      const tooLarge = () => new AppError(413, 'STATEMENT_TOO_LARGE', '流水文件超过 5 MB，请按日期分段导出。', 'The statement exceeds 5 MB: export it in shorter date ranges.');
      const received = await receiveOneFile(
        req,
        async (part) => {
          const bytes = await part.toBuffer().catch(() => null);
          if (!bytes || part.file.truncated) throw tooLarge();
          return bytes;
        },
        undefined,
        MAX_STATEMENT_BYTES,
      );
      const bytes = received.content;
      const fileName = safeFileName(received.fileName, 'statement.csv');
      const preview = await deps.db.transaction((tx) => previewStatement(tx, { userId: actor.userId, courtId }, fileName, bytes, req.query.account ?? 'fees'));
      reply.status(201);
      return preview;
    },
  );

  app.post(
    '/api/v1/finance/statements/:id/post',
    {
      config: { access: ['finance'] },
      schema: {
        tags: ['payments'],
        summary: '确认入账 Post a previewed statement: queues a background job (202) whose progress the page follows',
        description: 'Answers 202 with the posting job; follow it at GET /api/v1/jobs/{id} (result: StatementPostResult). Posting again while it runs answers the same job; after a failed job, a new one that carries on.',
        params: StatementIdParams,
        response: { 202: Job, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const courtId = courtOf(actor);
      const job = await deps.db.transaction((tx) => startStatementPosting(tx, { userId: actor.userId, courtId }, req.params.id));
      reply.status(202);
      return presentJob(job, requestLanguage(req));
    },
  );

  app.get(
    '/api/v1/finance/receipts',
    { config: { access: ['finance'] }, schema: { tags: ['payments'], summary: '到账记录与不明款 Receipts of my court (unidentified first)', querystring: ReceiptQuery, response: { 200: Page(Receipt), ...errors } } },
    async (req) => listReceipts(deps.db, courtOf(requireActor(req)), req.query),
  );
  receiptExportRoute(app, deps, courtOf);

  app.post(
    '/api/v1/finance/receipts/:id/claim',
    { config: { access: ['finance'] }, schema: { tags: ['payments'], summary: '认领不明款 Claim an unidentified receipt to a case, with a reason', params: IdParams, body: ClaimInput, response: { 200: CaseFees, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = courtOf(actor);
      const parsed = parseCaseNumber(req.body.caseNumber);
      if (!parsed.ok) throw new AppError(422, 'CASE_NUMBER_INVALID', `案号格式不正确：${req.body.caseNumber}`, `Not a case number: ${req.body.caseNumber}`);
      return deps.db.transaction(async (tx) => {
        const r = await tx.execute<Record<string, any>>(sql`select * from receipts where id = ${req.params.id} and court_id = ${courtId} for update`);
        const receipt = r.rows[0];
        if (!receipt) throw new AppError(404, 'RECEIPT_NOT_FOUND', '到账记录不存在。', 'No such receipt.');
        if (receipt.status !== 'unidentified') throw new AppError(409, 'RECEIPT_ALREADY_MATCHED', '这笔款项已经入账到案件，不能再认领。', 'This receipt is already posted to a case.');
        const k = await tx.execute<{ id: string; case_type: string }>(sql`select id, case_type from cases where case_number = ${parsed.normalized} and court_id = ${courtId}`);
        const caseId = k.rows[0] ? Number(k.rows[0].id) : null;
        if (caseId === null) throw new AppError(422, 'CASE_NOT_IN_COURT', `本院没有案号为 ${parsed.normalized} 的案件。`, `This court has no case ${parsed.normalized}.`);
        const account = receipt.account as FundAccount;
        // Fees and execution funds are kept apart (rules.md §5.7): a receipt is claimed only to a case of its account.
        if (fundAccountOf(k.rows[0]!.case_type) !== account) {
          throw new AppError(422, 'CLAIM_WRONG_ACCOUNT', account === 'execution' ? '执行案款只能认领到执行案件。' : '诉讼费款项不能认领到执行案件。', account === 'execution' ? 'Execution funds can only be claimed to an execution case.' : 'A fee receipt cannot be claimed to an execution case.');
        }
        await tx.execute(sql`
          update receipts set status = 'claimed', case_id = ${caseId}, match = 'claim', claimed_by = ${actor.userId}, claim_reason = ${req.body.reason.trim()}, claimed_at = now()
           where id = ${receipt.id}`);
        if (account !== 'fees') {
          const booked = { receiptId: Number(receipt.id), caseId: null, amountFen: Number(receipt.amount_fen), receivedOn: receipt.received_on, note: '' };
          await books[account].claim(tx, courtId, booked, caseId, actor.userId, req.body.reason.trim(), deps.clock.today());
          return caseFees(tx, caseId, deps.clock.today());
        }
        await addLedgerEntry(tx, { caseId, kind: 'payment', amountFen: Number(receipt.amount_fen), entryOn: receipt.received_on, source: 'receipt', sourceId: Number(receipt.id), note: `认领：${req.body.reason.trim()}`, createdBy: actor.userId });
        await settleFeePeriod(tx, caseId, deps.clock.today());
        return caseFees(tx, caseId, deps.clock.today());
      });
    },
  );

  app.get(
    '/api/v1/finance/statements/:id',
    { config: { access: ['finance'] }, schema: { tags: ['payments'], summary: '流水导入记录 A statement import', params: StatementIdParams, response: { 200: Type.Object({ id: Type.Integer(), fileName: Type.String(), status: Type.String(), summary: Type.Union([Type.Record(Type.String(), Type.Integer()), Type.Null()]) }), ...errors } } },
    async (req) => {
      const courtId = courtOf(requireActor(req));
      const r = await deps.db.execute<Record<string, any>>(sql`select id, file_name, status, summary from bank_statements where id = ${req.params.id} and court_id = ${courtId}`);
      const s = r.rows[0];
      if (!s) throw new AppError(404, 'STATEMENT_NOT_FOUND', '流水不存在。', 'No such statement.');
      return { id: Number(s.id), fileName: s.file_name, status: s.status, summary: s.summary };
    },
  );
}
