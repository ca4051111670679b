// CourtFlow as a separate OS process (`courtflow serve` run through tsx), for tests with several server processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  dataDir: string;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has shut down. */
  stop(): Promise<number | null>;
}

/** Starts `courtflow serve`; an empty `databaseUrl` means the embedded PostgreSQL under the process's DATA_DIR. */
export async function spawnServer(databaseUrl: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServerProcess> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'courtflow-proc-'));
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: 'false', JOBS_INTERVAL_SECONDS: '0', ...env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl,
    child,
    dataDir,
    output: () => output,
    async stop() {
      // A process killed by a signal (kill -9 in the fault tests) has exited with signalCode set and exitCode null.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      const code = child.exitCode;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
