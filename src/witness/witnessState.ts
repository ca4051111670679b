// What a witness remembers, on disk in its state directory: per log origin, the latest checkpoint it cosigned (size,
// root hash and the note as it published it). Written whole to a temporary file, synced, then renamed over the old
// one, so a crash leaves either the old or the new record, never half of one; one process per directory (lock file).
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fromBase64, toBase64 } from '../domain/transparency/bytes';
import type { CosignedTree } from '../domain/transparency/witnessProtocol';

export interface CosignedCheckpoint extends CosignedTree {
  /** The checkpoint with the log's signature(s) the witness verified and its own cosignature. */
  note: string;
}

interface StateFile {
  version: 1;
  logs: Record<string, { size: number; rootHash: string; note: string }>;
}

export interface WitnessState {
  latest(origin: string): CosignedCheckpoint | null;
  /** Persists the new latest checkpoint of a log before it returns. */
  record(origin: string, c: CosignedCheckpoint): Promise<void>;
  /** Keeps a validly signed checkpoint the witness refused: proof that the log signed inconsistent trees. */
  keepEvidence(origin: string, body: string, reason: string): Promise<void>;
  close(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock file, refusing while another live witness process holds it. */
function lock(dir: string): () => void {
  const file = path.join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new Error(`another witness (process ${holder}) uses ${dir}`);
      rmSync(file, { force: true }); // left by a process that died
    }
  }
  throw new Error(`cannot lock ${dir}`);
}

async function writeDurably(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp`;
  const fh = await fs.open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.rename(tmp, file);
  const dir = await fs.open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

export async function openWitnessState(dir: string): Promise<WitnessState> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const unlock = lock(dir);
  const file = path.join(dir, 'state.json');
  let state: StateFile = { version: 1, logs: {} };
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as StateFile;
    if (state.version !== 1 || typeof state.logs !== 'object') throw new Error(`${file} is not a witness state file`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      unlock();
      throw e;
    }
  }
  return {
    latest(origin) {
      const l = Object.hasOwn(state.logs, origin) ? state.logs[origin] : undefined;
      return l ? { size: l.size, rootHash: fromBase64(l.rootHash), note: l.note } : null;
    },
    async record(origin, c) {
      const next: StateFile = { version: 1, logs: { ...state.logs, [origin]: { size: c.size, rootHash: toBase64(c.rootHash), note: c.note } } };
      await writeDurably(file, `${JSON.stringify(next, null, 2)}\n`);
      state = next;
    },
    async keepEvidence(origin, body, reason) {
      const evidence = path.join(dir, 'evidence');
      await fs.mkdir(evidence, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.hrtime.bigint()}.txt`;
      writeFileSync(path.join(evidence, name), `origin: ${origin}\nrefused: ${reason}\n\n${body}`, { mode: 0o600 });
    },
    close: unlock,
  };
}
