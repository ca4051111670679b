// A receipt proves one entry is in the log: the entry, its leaf index, a signed (and cosigned) checkpoint and the
// inclusion proof from the leaf to the checkpoint's root. Anyone verifies it offline — but only with keys obtained
// elsewhere (the court's published key, witnesses' keys) does it prove who signed; see docs/transparency.md.
import type { BilingualMessage } from '../errors/domainError';
import { equal, fromBase64, toHex, utf8, type Bytes } from './bytes';
import { checkCosignatures, parseCosignerKey, type WitnessResult } from './cosignature';
import { leafHashWith, rootFromInclusionProof, type Sha256 } from './merkle';
import { openNote, parseCheckpointText, parseNote, parseVerifierKey, type Ed25519Verify, type VerifierKey } from './note';

export const RECEIPT_FORMAT = 'courtflow-receipt/1';

export interface Receipt {
  format: typeof RECEIPT_FORMAT;
  /** The entry's exact canonical JSON text; its leaf hash is SHA-256(0x00 ‖ UTF-8 of this). */
  entry: string;
  leafIndex: number;
  treeSize: number;
  /** Base64 hashes, deepest first (RFC 9162 §2.1.3.1). */
  inclusionProof: string[];
  /** The signed checkpoint note (C2SP tlog-checkpoint) whose root the proof reaches. */
  checkpoint: string;
  /** The log's verifier key, for convenience; verifying with a key obtained elsewhere is what proves authorship. */
  verifierKey: string;
}

export type CheckId = 'format' | 'file' | 'leaf' | 'signature' | 'inclusion' | 'witnesses';

/** 'unproven': what was computed holds, but it does not establish who stands behind it (e.g. a key from the receipt itself). */
export type CheckResult = 'ok' | 'fail' | 'unproven';

export interface Check {
  id: CheckId;
  result: CheckResult;
  /** result === 'ok'. */
  ok: boolean;
  /** What was compared, in plain words (English, for the CLI). */
  detail: string;
  /** The same in both languages, for the /verify page. */
  message: BilingualMessage;
}

/**
 * verified: every check holds and the checkpoint is vouched for by a key the caller trusts (the court's key and/or
 * enough trusted witnesses); failed: a check failed (the file, entry, proof or a signature does not match);
 * unauthenticated: nothing failed, but who signed was not established (no trusted key, or too few cosignatures yet).
 */
export type Outcome = 'verified' | 'failed' | 'unauthenticated';

/** Why a verdict is not 'verified' although nothing failed. */
export interface Unproven {
  id: 'signer' | 'witnesses';
  detail: string;
  message: BilingualMessage;
}

export interface ReceiptVerdict {
  outcome: Outcome;
  /** outcome === 'verified'. */
  ok: boolean;
  checks: Check[];
  unproven: Unproven[];
  entry: Record<string, unknown> | null;
  checkpoint: { origin: string; size: number; rootHash: string } | null;
  /** Whether the log's key came from the caller (true) or only from the receipt itself (false). */
  keyFromCaller: boolean;
  /** One per trusted witness key given. */
  witnesses: WitnessResult[];
}

export interface VerifyCrypto {
  sha256: Sha256;
  ed25519Verify: Ed25519Verify;
}

/** What the caller trusts: the court's verifier key, witness keys (cosignature/v1 vkeys) and how many must cosign. */
export interface TrustPolicy {
  verifierKey?: string;
  witnessKeys?: string[];
  /** Default: every witness key given. */
  witnessesRequired?: number;
}

function shape(r: unknown): r is Receipt {
  const x = r as Receipt;
  return (
    !!x &&
    x.format === RECEIPT_FORMAT &&
    typeof x.entry === 'string' &&
    Number.isSafeInteger(x.leafIndex) &&
    Number.isSafeInteger(x.treeSize) &&
    Array.isArray(x.inclusionProof) &&
    x.inclusionProof.every((p) => typeof p === 'string') &&
    typeof x.checkpoint === 'string' &&
    typeof x.verifierKey === 'string'
  );
}

/**
 * Checks a receipt step by step — the file's SHA-256 against the entry (when a file is given), the leaf hash, the
 * checkpoint's Ed25519 signature, the inclusion proof up to the signed root at the signed size, and the trusted
 * witnesses' cosignatures — and says whether that proves who signed: only a key the caller trusts does, never the
 * key the receipt brings with it. The CLI and the /verify page both judge by this function.
 */
export async function verifyReceipt(receipt: unknown, o: { file?: Bytes } & TrustPolicy, c: VerifyCrypto): Promise<ReceiptVerdict> {
  const checks: Check[] = [];
  const add = (id: CheckId, result: CheckResult | boolean, zh: string, en: string) => {
    const r = result === true ? 'ok' : result === false ? 'fail' : result;
    checks.push({ id, result: r, ok: r === 'ok', detail: en, message: { 'zh-CN': zh, en } });
  };
  const keyFromCaller = !!o.verifierKey;
  let witnesses: WitnessResult[] = [];
  let required = 0;
  const done = (entry: Record<string, unknown> | null = null, checkpoint: ReceiptVerdict['checkpoint'] = null): ReceiptVerdict => {
    const j = judge(checks, { keyFromCaller, witnesses, required });
    return { ...j, ok: j.outcome === 'verified', checks, entry, checkpoint, keyFromCaller, witnesses };
  };
  if (!shape(receipt)) {
    add('format', false, `不是 ${RECEIPT_FORMAT} 格式的存证回执`, `not a ${RECEIPT_FORMAT} receipt`);
    return done();
  }
  let entry: Record<string, unknown>;
  let key: VerifierKey;
  let witnessKeys: VerifierKey[];
  let proof: Bytes[];
  try {
    entry = JSON.parse(receipt.entry) as Record<string, unknown>;
    key = await parseVerifierKey(c.sha256, o.verifierKey ?? receipt.verifierKey);
    witnessKeys = await Promise.all((o.witnessKeys ?? []).map((k) => parseCosignerKey(c.sha256, k)));
    required = o.witnessesRequired ?? witnessKeys.length;
    if (!(Number.isInteger(required) && required >= 0 && required <= witnessKeys.length)) throw new Error(`${required} witnesses required but ${witnessKeys.length} witness keys given`);
    proof = receipt.inclusionProof.map(fromBase64);
  } catch (e) {
    add('format', false, `回执或公钥格式错误：${(e as Error).message}`, `malformed receipt or key: ${(e as Error).message}`);
    return done();
  }
  add('format', true, `${RECEIPT_FORMAT}，共 ${receipt.treeSize} 个叶子中的第 ${receipt.leafIndex} 个`, `${RECEIPT_FORMAT}, leaf ${receipt.leafIndex} of ${receipt.treeSize}`);

  if (o.file) {
    const got = toHex(await c.sha256(o.file));
    const want = typeof entry.sha256 === 'string' ? entry.sha256 : null;
    const same = want !== null && got === want.toLowerCase();
    add(
      'file',
      same,
      want === null ? '该回执针对时间轴节点，不针对文件' : `文件的 SHA-256 ${got} ${same ? '=' : '≠'} 存证记录 ${want}`,
      want === null ? 'the receipt is for a timeline event, not a file' : `SHA-256 of the file ${got} ${same ? '=' : '≠'} entry ${want}`,
    );
  }

  const leaf = await leafHashWith(c.sha256, utf8(receipt.entry));
  add('leaf', true, `叶子哈希 SHA-256(0x00 ‖ 存证内容) = ${toHex(leaf)}`, `leaf hash SHA-256(0x00 ‖ entry) = ${toHex(leaf)}`);

  const text = await openNote(receipt.checkpoint, key, c.ed25519Verify);
  let cp: ReturnType<typeof parseCheckpointText> | null = null;
  try {
    cp = parseCheckpointText(text ?? parseNote(receipt.checkpoint).text);
  } catch {
    cp = null;
  }
  const keyName = `${key.name}+${toHex(key.keyId)}`;
  if (!text || !cp) add('signature', false, `检查点签名无法用 ${keyName} 验证`, `checkpoint signature does not verify under ${keyName}`);
  else if (keyFromCaller) add('signature', true, `检查点由您提供的公钥 ${keyName} 签名（Ed25519）`, `checkpoint signed by ${keyName} (Ed25519), the key you gave`);
  else add('signature', 'unproven', `检查点签名可用回执自带的公钥 ${keyName} 验证——这样的公钥任何人都能生成`, `checkpoint signature verifies under ${keyName}, the key the receipt names itself — anyone can make such a key`);
  if (!cp) {
    add('inclusion', false, '没有可读的检查点', 'no readable checkpoint');
    return done(entry);
  }
  const cpView = { origin: cp.origin, size: cp.size, rootHash: toHex(cp.rootHash) };
  const root = cp.size === receipt.treeSize ? await rootFromInclusionProof(c.sha256, receipt.leafIndex, receipt.treeSize, leaf, proof) : null;
  const included = root !== null && equal(root, cp.rootHash);
  add(
    'inclusion',
    included,
    cp.size !== receipt.treeSize ? `证明针对的日志大小为 ${receipt.treeSize}，检查点的大小为 ${cp.size}` : included ? `由 ${proof.length} 个哈希组成的证明通向已签名的根哈希 ${toHex(cp.rootHash)}` : `证明不能通向已签名的根哈希 ${toHex(cp.rootHash)}`,
    cp.size !== receipt.treeSize ? `proof is for size ${receipt.treeSize}, checkpoint is size ${cp.size}` : included ? `proof of ${proof.length} hashes leads to the signed root ${toHex(cp.rootHash)}` : `proof does not lead to the signed root ${toHex(cp.rootHash)}`,
  );
  if (witnessKeys.length) {
    witnesses = await checkCosignatures(receipt.checkpoint, witnessKeys, c.ed25519Verify);
    const cosigned = witnesses.filter((w) => w.status === 'cosigned');
    const invalid = witnesses.filter((w) => w.status === 'invalid');
    const list = (ws: WitnessResult[]) => ws.map((w) => w.name).join(', ');
    if (invalid.length) add('witnesses', false, `${list(invalid)} 的副署验证不通过`, `the cosignature of ${list(invalid)} does not verify`);
    else {
      add(
        'witnesses',
        cosigned.length >= required ? 'ok' : 'unproven',
        `${witnessKeys.length} 个可信见证人中 ${cosigned.length} 个已副署（需要 ${required} 个）${cosigned.length ? `：${list(cosigned)}` : ''}`,
        `${cosigned.length} of ${witnessKeys.length} trusted witnesses cosigned (${required} required)${cosigned.length ? `: ${list(cosigned)}` : ''}`,
      );
    }
  }
  return done(entry, cpView);
}

function judge(checks: Check[], o: { keyFromCaller: boolean; witnesses: WitnessResult[]; required: number }): { outcome: Outcome; unproven: Unproven[] } {
  if (!checks.length || checks.some((x) => x.result === 'fail')) return { outcome: 'failed', unproven: [] };
  const unproven: Unproven[] = [];
  // Witnesses vouch for the log only when at least one cosignature is required.
  if (!o.keyFromCaller && o.required === 0) {
    const en = "who signed the checkpoint: no trusted key was given (the court's published key, or witness keys)";
    unproven.push({ id: 'signer', detail: en, message: { 'zh-CN': '检查点的签名者：未提供可信公钥（法院公布的公钥或见证人公钥）', en } });
  }
  const cosigned = o.witnesses.filter((w) => w.status === 'cosigned').length;
  if (o.witnesses.length && cosigned < o.required) {
    const en = `only ${cosigned} of the ${o.required} required witnesses cosigned this checkpoint (a newer receipt may carry more)`;
    unproven.push({ id: 'witnesses', detail: en, message: { 'zh-CN': `需要 ${o.required} 个见证人副署，该检查点只有 ${cosigned} 个`, en } });
  }
  return { outcome: unproven.length ? 'unauthenticated' : 'verified', unproven };
}
