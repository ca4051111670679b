// Public log endpoints (checkpoint, keys, proofs: anyone may monitor the log) and receipts for what one may see.
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { ConsistencyQuery, InclusionQuery, LogKeys, ProofResponse, ReceiptBody, SeqParams, SizeParams } from '../../../contracts/transparency';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { visibleAttachment } from '../uploads/routes';
import { receiptOf } from './receipts';
import { checkpointAt, consistencyProofOf, currentCheckpoint, inclusionProofOf } from './transparencyLog';
import { cosignedSizes, withCosignatures } from './witnessing';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody };
const notLogged = () => new AppError(404, 'TLOG_ENTRY_NOT_FOUND', '该记录尚未写入透明日志。', 'This record is not in the transparency log.');

export function transparencyRoutes(app: App, deps: Deps) {
  const latest = () => currentCheckpoint(deps.db, deps.transparency);
  // Cosignatures arrive after the checkpoint is signed, so a checkpoint's note may gain lines: never cached for good.
  const cosigned = async (cp: Awaited<ReturnType<typeof latest>>) => (await withCosignatures(deps.db, cp)).note;

  app.get(
    '/api/v1/transparency/checkpoint',
    { config: { access: 'public' }, schema: { tags: ['transparency'], summary: '最新签名检查点（C2SP checkpoint，含见证人副署，公开）The latest signed checkpoint, with witness cosignatures', produces: ['text/plain'], response: { 200: Type.String({ description: 'signed note' }) } } },
    async (_req, reply) => {
      reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-cache');
      return cosigned(await latest());
    },
  );

  app.get(
    '/api/v1/transparency/checkpoints/:size',
    { config: { access: 'public' }, schema: { tags: ['transparency'], summary: '某一树大小的签名检查点（含见证人副署）The checkpoint signed at a tree size, with witness cosignatures', params: SizeParams, produces: ['text/plain'], response: { 200: Type.String({ description: 'signed note' }), 404: ErrorBody } } },
    async (req, reply) => {
      const cp = await checkpointAt(deps.db, req.params.size);
      if (!cp) throw new AppError(404, 'TLOG_CHECKPOINT_NOT_FOUND', '没有该大小的检查点。', 'No checkpoint was signed at that size.');
      reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'public, max-age=60');
      return cosigned(cp);
    },
  );

  app.get(
    '/api/v1/transparency/keys',
    { config: { access: 'public' }, schema: { tags: ['transparency'], summary: '日志验证公钥（含历史密钥）与见证人公钥 The log\'s verifier keys and its witnesses\' keys', response: { 200: LogKeys } } },
    async () => {
      const cp = await latest();
      const keys = await deps.db.execute<{ verifier_key: string; first: string; last: string }>(
        sql`select verifier_key, min(tree_size) as first, max(tree_size) as last from tlog_checkpoints group by verifier_key order by min(tree_size)`,
      );
      const witnesses = deps.transparency.witnesses;
      const sizes = await cosignedSizes(deps.db, witnesses.map((w) => w.key.text));
      return {
        // The origin is the checkpoint's first line (fixed by the log's first checkpoint).
        origin: cp.note.slice(0, cp.note.indexOf('\n')),
        current: deps.transparency.signer.verifier.text,
        all: keys.rows.map((k) => ({ verifierKey: k.verifier_key, firstSize: Number(k.first), lastSize: Number(k.last) })),
        treeSize: cp.treeSize,
        witnesses: witnesses.map((w) => ({ name: w.name, verifierKey: w.key.text, cosignedSize: sizes.get(w.key.text) ?? null })),
      };
    },
  );

  app.get(
    '/api/v1/transparency/proofs/inclusion',
    { config: { access: 'public' }, schema: { tags: ['transparency'], summary: '包含证明 Inclusion proof of a leaf in a tree size', querystring: InclusionQuery, response: { 200: ProofResponse, ...errors } } },
    async (req) => ({ hashes: await inclusionProofOf(deps.db, req.query.leafIndex, req.query.treeSize) }),
  );

  app.get(
    '/api/v1/transparency/proofs/consistency',
    { config: { access: 'public' }, schema: { tags: ['transparency'], summary: '一致性证明 Consistency proof between two tree sizes', querystring: ConsistencyQuery, response: { 200: ProofResponse, ...errors } } },
    async (req) => ({ hashes: await consistencyProofOf(deps.db, req.query.first, req.query.second) }),
  );

  app.get(
    '/api/v1/attachments/:id/receipt',
    { config: { access: 'authenticated' }, schema: { tags: ['transparency'], summary: '材料存证回执 Receipt proving a case file is in the log', params: IdParams, response: { 200: ReceiptBody, ...errors } } },
    async (req, reply) => {
      await visibleAttachment(deps, requireActor(req), req.params.id);
      const receipt = await receiptOf(deps.db, deps.transparency, 'caseFile', req.params.id);
      if (!receipt) throw notLogged();
      reply.header('content-disposition', `attachment; filename="receipt-file-${req.params.id}.json"`);
      return receipt;
    },
  );

  app.get(
    '/api/v1/cases/:id/timeline/:seq/receipt',
    { config: { access: 'authenticated' }, schema: { tags: ['transparency'], summary: '时间轴节点存证回执 Receipt proving a timeline event is in the log', params: SeqParams, response: { 200: ReceiptBody, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const eventId = await deps.db.transaction(async (tx) => {
        const c = await loadCase(tx, req.params.id);
        if (!c || !(await relationToCase(tx, actor, c)).canView) throw caseNotFound();
        const r = await tx.execute<{ id: string }>(sql`select id from case_events where case_id = ${c.id} and seq = ${req.params.seq}`);
        if (!r.rows[0]) throw notLogged();
        return Number(r.rows[0].id);
      });
      const receipt = await receiptOf(deps.db, deps.transparency, 'caseEvent', eventId);
      if (!receipt) throw notLogged();
      reply.header('content-disposition', `attachment; filename="receipt-case-${req.params.id}-event-${req.params.seq}.json"`);
      return receipt;
    },
  );
}
