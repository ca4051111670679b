// The hearing's record over HTTP: read the transcript (the trial team from the first draft, the parties once final),
// save drafts, finalise, sign, ask for a correction and resolve it, close signing; upload and list the recording.
import { ErrorBody } from '../../../contracts/common';
import {
  CloseSigningInput,
  FinaliseTranscriptInput,
  HearingParams,
  HearingRecording,
  HearingRecordings,
  ObjectionParams,
  ObjectTranscriptInput,
  ResolveObjectionInput,
  SaveTranscriptInput,
  SignTranscriptInput,
  Transcript,
} from '../../../contracts/hearings';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import type { App } from '../../http/types';
import { hearingForActor, type HearingAccess } from './hearingAccess';
import { listRecordings, uploadRecording } from './recording';
import type { TranscriptSkeletonSource } from './skeletonSources';
import { closeSigning, finalise, object, resolveObjection, saveDraft, sign } from './transcriptActions';
import { presentTranscript } from './transcriptStore';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody };
const authenticated = { access: 'authenticated' as const };

export function transcriptRoutes(app: App, deps: Deps, sources: readonly TranscriptSkeletonSource[]) {
  /** One transaction: the hearing under its case's lock, the change, then the record as the actor now sees it. */
  const change = (actor: Actor, hearingId: number, act: (tx: Tx, a: HearingAccess) => Promise<unknown>) =>
    deps.db.transaction(async (tx) => {
      const a = await hearingForActor(tx, actor, hearingId, true);
      await act(tx, a);
      return presentTranscript(tx, deps, a, sources, actor.userId);
    });

  app.get(
    '/api/v1/hearings/:id/transcript',
    { config: authenticated, schema: { tags: ['hearings'], summary: '庭审笔录 The hearing transcript (a draft skeleton for the trial team until saved)', params: HearingParams, response: { 200: Transcript, ...errors } } },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const actor = requireActor(req);
        return presentTranscript(tx, deps, await hearingForActor(tx, actor, req.params.id), sources, actor.userId);
      }),
  );

  app.put(
    '/api/v1/hearings/:id/transcript',
    { config: authenticated, schema: { tags: ['hearings'], summary: '保存笔录草稿 Save a draft (expectedVersion: the version read; 0 for the first save)', params: HearingParams, body: SaveTranscriptInput, response: { 200: Transcript, ...errors } } },
    async (req) => change(requireActor(req), req.params.id, (tx, a) => saveDraft(tx, a, requireActor(req), req.body)),
  );

  app.post(
    '/api/v1/hearings/:id/transcript/finalise',
    { config: authenticated, schema: { tags: ['hearings'], summary: '笔录定稿 Finalise: the text is locked and hashed (SHA-256) for signing', params: HearingParams, body: FinaliseTranscriptInput, response: { 200: Transcript, ...errors } } },
    async (req) => change(requireActor(req), req.params.id, (tx, a) => finalise(tx, a, requireActor(req), req.body.expectedVersion, deps.clock.now())),
  );

  app.post(
    '/api/v1/hearings/:id/transcript/signatures',
    { config: authenticated, schema: { tags: ['hearings'], summary: '在线签名 Sign the finalised transcript (a party, its agent, the clerk or judge)', params: HearingParams, body: SignTranscriptInput, response: { 200: Transcript, ...errors } } },
    async (req) => change(requireActor(req), req.params.id, (tx, a) => sign(tx, deps, a, requireActor(req), req.body, deps.clock.now())),
  );

  app.post(
    '/api/v1/hearings/:id/transcript/objections',
    { config: authenticated, schema: { tags: ['hearings'], summary: '申请补正笔录 Ask for a correction of the transcript (a party or its agent)', params: HearingParams, body: ObjectTranscriptInput, response: { 201: Transcript, ...errors } } },
    async (req, reply) => {
      const out = await change(requireActor(req), req.params.id, (tx, a) => object(tx, a, requireActor(req), req.body, deps.clock.now()));
      reply.status(201);
      return out;
    },
  );

  app.post(
    '/api/v1/hearings/:id/transcript/objections/:objectionId/resolve',
    { config: authenticated, schema: { tags: ['hearings'], summary: '处理补正申请 Correct (new revision, signatures restart) or decline', params: ObjectionParams, body: ResolveObjectionInput, response: { 200: Transcript, ...errors } } },
    async (req) => change(requireActor(req), req.params.id, (tx, a) => resolveObjection(tx, a, requireActor(req), req.params.objectionId, req.body, deps.clock.now())),
  );

  app.post(
    '/api/v1/hearings/:id/transcript/close-signing',
    { config: authenticated, schema: { tags: ['hearings'], summary: '结束签名并入卷 Close signing with a note of refusals; the transcript is filed', params: HearingParams, body: CloseSigningInput, response: { 200: Transcript, ...errors } } },
    async (req) => change(requireActor(req), req.params.id, (tx, a) => closeSigning(tx, deps, a, requireActor(req), req.body.note, deps.clock.now())),
  );

  app.post(
    '/api/v1/hearings/:id/recording',
    {
      config: authenticated,
      schema: {
        tags: ['hearings'],
        summary: '上传庭审录音录像 Upload the hearing recording (multipart field "file"; audio or video by content)',
        consumes: ['multipart/form-data'],
        params: HearingParams,
        response: { 201: HearingRecording, ...errors },
      },
    },
    async (req, reply) => {
      const out = await uploadRecording(req, deps, requireActor(req), req.params.id);
      reply.status(201);
      return out;
    },
  );

  app.get(
    '/api/v1/hearings/:id/recordings',
    { config: authenticated, schema: { tags: ['hearings'], summary: '庭审录音录像 The hearing recordings', params: HearingParams, response: { 200: HearingRecordings, ...errors } } },
    async (req) => listRecordings(deps, requireActor(req), req.params.id),
  );
}

