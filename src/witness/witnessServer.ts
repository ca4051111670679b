// The witness's HTTP service (C2SP tlog-witness): POST /add-checkpoint cosigns a checkpoint that is signed by the
// log's configured key and consistent with the one it cosigned before, and GET /<sha256(origin) hex>/checkpoint
// serves that latest cosigned checkpoint to monitors. Requests are handled one at a time: checking the old size
// and persisting the new one must not interleave (the spec's rollback race).
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseNote, signatureLine, type VerifierKey } from '../domain/transparency/note';
import { webEd25519Verify, webSha256 } from '../domain/transparency/webCrypto';
import { checkAddCheckpoint, parseAddCheckpointBody, TLOG_SIZE_CONTENT_TYPE, WitnessRefusal } from '../domain/transparency/witnessProtocol';
import type { Cosigner } from './witnessKey';
import type { WitnessState } from './witnessState';

const MAX_BODY_BYTES = 64 * 1024;

export interface WitnessedLogConfig {
  origin: string;
  keys: VerifierKey[];
}

export interface WitnessOptions {
  cosigner: Cosigner;
  logs: WitnessedLogConfig[];
  state: WitnessState;
  now?: () => Date;
  /** One structured line per request (cosigned, refused). */
  log?: (event: Record<string, unknown>) => void;
}

export interface RunningWitness {
  url: string;
  close(): Promise<void>;
}

const originHash = (origin: string) => createHash('sha256').update(origin, 'utf8').digest('hex');

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function witnessHandler(o: WitnessOptions) {
  const byOrigin = new Map(o.logs.map((l) => [l.origin, l]));
  const byHash = new Map(o.logs.map((l) => [originHash(l.origin), l.origin]));
  const now = o.now ?? (() => new Date());
  const log = o.log ?? (() => undefined);
  let queue: Promise<unknown> = Promise.resolve();

  /** Checks, cosigns and persists; the response is sent only after the new state is on disk. */
  const addCheckpoint = async (body: string): Promise<{ status: number; body: string; type?: string }> => {
    let origin: string | null = null;
    try {
      const { checkpoint, text } = await checkAddCheckpoint(
        body,
        (o2) => {
          origin = o2;
          const l = byOrigin.get(o2);
          return l ? { keys: l.keys, latest: o.state.latest(o2) } : null;
        },
        { sha256: webSha256, ed25519Verify: webEd25519Verify },
      );
      const line = o.cosigner.cosign(text, Math.floor(now().getTime() / 1000));
      // Kept as published for monitors: the log's lines from the keys it trusts, then its own cosignature.
      const keys = byOrigin.get(checkpoint.origin)!.keys;
      const logLines = parseNote(parseAddCheckpointBody(body).checkpoint)
        .signatures.filter((s) => keys.some((k) => k.name === s.name && Buffer.from(k.keyId).equals(Buffer.from(s.keyId))))
        .map((s) => signatureLine(s.name, s.keyId, s.signature));
      await o.state.record(checkpoint.origin, { size: checkpoint.size, rootHash: checkpoint.rootHash, note: `${text}\n${logLines.join('')}${line}` });
      log({ msg: 'cosigned', origin: checkpoint.origin, size: checkpoint.size });
      return { status: 200, body: line };
    } catch (e) {
      if (!(e instanceof WitnessRefusal)) throw e;
      log({ msg: 'refused', origin, status: e.status, reason: e.message });
      // A checkpoint the log validly signed but that contradicts what was cosigned is evidence: keep it.
      if (e.status === 422 && origin) await o.state.keepEvidence(origin, body, e.message);
      if (e.status === 409) return { status: 409, body: `${e.latestSize}\n`, type: TLOG_SIZE_CONTENT_TYPE };
      return { status: e.status, body: `${e.message}\n` };
    }
  };

  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://witness');
      if (url.pathname === '/add-checkpoint') {
        if (req.method !== 'POST') return send(res, 405, 'POST only\n');
        const body = await readBody(req);
        if (body === null) return send(res, 413, 'request body too large\n');
        const run = queue.then(() => addCheckpoint(body));
        queue = run.catch(() => undefined);
        const r = await run;
        return send(res, r.status, r.body, r.type);
      }
      const m = /^\/([0-9a-f]{64})\/checkpoint$/.exec(url.pathname);
      if (m && req.method === 'GET') {
        const origin = byHash.get(m[1]!);
        const latest = origin ? o.state.latest(origin) : null;
        return latest ? send(res, 200, latest.note) : send(res, 404, 'no checkpoint cosigned for this log\n');
      }
      if (url.pathname === '/' && req.method === 'GET') {
        return send(res, 200, `${o.cosigner.verifier.text}\n${o.logs.map((l) => `${l.origin} ${l.keys.map((k) => k.text).join(' ')}\n`).join('')}`);
      }
      return send(res, 404, 'not found\n');
    } catch (e) {
      log({ msg: 'error', err: (e as Error).message });
      if (!res.headersSent) send(res, 500, 'internal error\n');
    }
  };
}

export async function startWitness(o: WitnessOptions & { host: string; port: number }): Promise<RunningWitness> {
  const handler = witnessHandler(o);
  const server = http.createServer((req, res) => void handler(req, res));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
