// `courtflow verify`: checks a receipt offline and says what it proved. Without a key the user trusts (the court's
// published key, or witnesses' keys) it proves the receipt is internally consistent, never who signed it — so it
// neither exits 0 nor prints VERIFIED. The rule is verifyReceipt's (src/domain/transparency/receipt.ts).
import { readFileSync } from 'node:fs';
import { verifyReceipt, type CheckResult } from '../domain/transparency/receipt';
import { webEd25519Verify, webSha256 } from '../domain/transparency/webCrypto';
import { intOption, option } from './options';
import { verifyArchiveCommand } from './verifyArchiveCommand';
import { VERIFY_EXIT } from './verifyExit';

export const VERIFY_USAGE =
  'usage: courtflow verify [<file>] <receipt.json> [--key <court verifier key>] [--witness-key <vkey>]... [--witnesses-required <n>]\n       courtflow verify <archive.zip> [--key <court verifier key>]';

const MARK: Record<CheckResult, string> = { ok: 'ok  ', fail: 'FAIL', unproven: '??  ' };

export async function verifyCommand(args: string[]): Promise<number> {
  const [key] = option(args, '--key');
  const witnessKeys = option(args, '--witness-key');
  const required = intOption(args, '--witnesses-required');
  if (args.length < 1 || args.length > 2 || required === null || args.some((a) => a.startsWith('--'))) {
    console.error(VERIFY_USAGE);
    return VERIFY_EXIT.usage;
  }
  // An archive package (归档): its manifest, items and receipts, checked under the court's key.
  if (args.length === 1 && args[0]!.toLowerCase().endsWith('.zip')) {
    if (witnessKeys.length || required !== undefined) {
      console.error(VERIFY_USAGE);
      return VERIFY_EXIT.usage;
    }
    return verifyArchiveCommand(args[0]!, key);
  }
  let receipt: unknown;
  let file: Uint8Array | undefined;
  try {
    receipt = JSON.parse(readFileSync(args[args.length - 1]!, 'utf8')) as unknown;
    file = args.length === 2 ? new Uint8Array(readFileSync(args[0]!)) : undefined;
  } catch (e) {
    console.error(`cannot read the receipt or file: ${(e as Error).message}`);
    return VERIFY_EXIT.usage;
  }
  const v = await verifyReceipt(
    receipt,
    { ...(file ? { file } : {}), ...(key ? { verifierKey: key } : {}), witnessKeys, ...(required !== undefined ? { witnessesRequired: required } : {}) },
    { sha256: webSha256, ed25519Verify: webEd25519Verify },
  );
  for (const c of v.checks) console.log(`${MARK[c.result]} ${c.id.padEnd(9)} ${c.detail}`);
  for (const w of v.witnesses) console.log(`     witness   ${w.name}+${w.keyId}: ${w.status}${w.timestamp ? ` at ${new Date(w.timestamp * 1000).toISOString()}` : ''}`);
  if (v.entry) console.log(`entry: ${JSON.stringify(v.entry)}`);
  if (v.outcome === 'verified') {
    console.log('VERIFIED');
  } else if (v.outcome === 'failed') {
    console.log('NOT VERIFIED: a check failed (see FAIL above)');
  } else {
    console.log(`checked: ${v.checks.filter((c) => c.result !== 'fail').map((c) => c.id).join(', ')} — the receipt is consistent in itself`);
    for (const u of v.unproven) console.log(`not established: ${u.detail}`);
    console.log("UNAUTHENTICATED: nothing failed, but who signed this receipt is not established; pass --key with the court's published key and/or --witness-key");
  }
  return VERIFY_EXIT[v.outcome];
}
