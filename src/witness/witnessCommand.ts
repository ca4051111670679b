// `courtflow witness`: what another institution (a higher court, a bar association) runs to cosign the court's log.
// It trusts the log's verifier key it was given, keeps its own key and the latest cosigned checkpoint in its state
// directory, and listens on loopback unless told otherwise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseVerifierKey, type VerifierKey } from '../domain/transparency/note';
import { webSha256 } from '../domain/transparency/webCrypto';
import { intOption, option } from '../cli/options';
import { loadCosigner } from './witnessKey';
import { startWitness, type RunningWitness, type WitnessedLogConfig } from './witnessServer';
import { openWitnessState } from './witnessState';

export const WITNESS_USAGE = `usage: courtflow witness --log-key <log verifier key>... [--origin <origin>] [--name <witness key name>]
                         [--state-dir <dir>] [--key-file <file>] [--host <address>] [--port <port>]`;

export const DEFAULT_WITNESS_PORT = 7380;

/** Starts the witness; resolves with it running, or with an exit code (2: wrong arguments, 1: it cannot start). */
export async function witnessCommand(args: string[], env: NodeJS.ProcessEnv): Promise<{ witness: RunningWitness; stop(): Promise<void> } | number> {
  const logKeyTexts = option(args, '--log-key');
  const [origin] = option(args, '--origin');
  const [name] = option(args, '--name');
  const [stateDir = path.resolve('witness-state')] = option(args, '--state-dir');
  const [keyFile] = option(args, '--key-file');
  const [host = '127.0.0.1'] = option(args, '--host');
  const port = intOption(args, '--port');
  if (!logKeyTexts.length || args.length || port === null || (port !== undefined && port > 65535)) {
    console.error(WITNESS_USAGE);
    return 2;
  }
  let keys: VerifierKey[];
  try {
    keys = await Promise.all(logKeyTexts.map((k) => parseVerifierKey(webSha256, k)));
  } catch (e) {
    console.error(`--log-key: ${(e as Error).message} (expected the log's <name>+<id>+<key> from /api/v1/transparency/keys)`);
    return 2;
  }
  // A log's origin is its key's name unless given; several keys of one origin are that log's rotated keys.
  const logs = new Map<string, WitnessedLogConfig>();
  for (const k of keys) {
    const o = origin ?? k.name;
    logs.set(o, { origin: o, keys: [...(logs.get(o)?.keys ?? []), k] });
  }
  let state: Awaited<ReturnType<typeof openWitnessState>> | null = null;
  try {
    const given = env.WITNESS_KEY || (keyFile ? readFileSync(keyFile, 'utf8') : undefined);
    state = await openWitnessState(path.resolve(stateDir));
    const cosigner = await loadCosigner({ given, stateDir: path.resolve(stateDir), name });
    const witness = await startWitness({
      cosigner,
      logs: [...logs.values()],
      state,
      host,
      port: port ?? DEFAULT_WITNESS_PORT,
      log: (event) => console.log(JSON.stringify({ time: new Date().toISOString(), ...event })),
    });
    console.log(JSON.stringify({ msg: 'CourtFlow witness is serving', url: witness.url, verifierKey: cosigner.verifier.text, logs: [...logs.keys()], stateDir: path.resolve(stateDir) }));
    const opened = state;
    return {
      witness,
      stop: async () => {
        await witness.close();
        opened.close();
      },
    };
  } catch (e) {
    // A missing key name, a taken state directory or port: say so plainly.
    state?.close();
    console.error(`courtflow witness: ${(e as Error).message}`);
    return 1;
  }
}
