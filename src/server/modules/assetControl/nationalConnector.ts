// The national channel (总对总, rules.md §5.2) behind an interface: the day's national requests go out in one batch and
// the results come back to be attached to their requests and cases. The batch-file adapter writes JSONL under the data
// directory and reads results from a JSONL file, so a real gateway can replace it without touching the rest.
import { createReadStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { AnsweredAsset } from '../../../domain/execution/assetControl';

/** One request as the national gateway receives it: who is asked about, by which court, under which basis. */
export interface OutgoingRequest {
  requestId: number;
  court: string;
  caseNumber: string | null;
  agencyKind: string;
  kind: string;
  debtorName: string;
  idType: string | null;
  idNumber: string | null;
  legalBasis: string;
}

/** One result: an inquiry answered with the assets found (none: nothing found), or refused with a reason. */
export interface IncomingResult {
  requestId: number;
  outcome: 'answered' | 'refused';
  assets?: AnsweredAsset[];
  reason?: string;
}

export interface NationalConnector {
  /** Sends (appends) a chunk of the batch; returns where the batch went. */
  sendBatch(batchId: string, requests: readonly OutgoingRequest[]): Promise<string>;
  /** The results of a source, in chunks. */
  readResults(source: string, chunkSize: number): AsyncIterable<IncomingResult[]>;
}

/** Batch files: `<dataDir>/netquery/outbox/<batchId>.jsonl` out; results read from `<dataDir>/netquery/inbox/<name>`. */
export function batchFileConnector(dataDir: string): NationalConnector {
  const outbox = path.join(dataDir, 'netquery', 'outbox');
  const inbox = path.join(dataDir, 'netquery', 'inbox');
  return {
    async sendBatch(batchId, requests) {
      await mkdir(outbox, { recursive: true });
      const file = path.join(outbox, `${batchId.replace(/[^\w.-]/g, '_')}.jsonl`);
      const handle = await open(file, 'a');
      try {
        await handle.write(requests.map((r) => JSON.stringify(r)).join('\n') + (requests.length ? '\n' : ''));
      } finally {
        await handle.close();
      }
      return file;
    },
    async *readResults(source, chunkSize) {
      // Only files in the inbox: a name, never a path the caller chose.
      const lines = createInterface({ input: createReadStream(path.join(inbox, path.basename(source)), 'utf8'), crlfDelay: Infinity });
      let chunk: IncomingResult[] = [];
      for await (const line of lines) {
        if (!line.trim()) continue;
        chunk.push(JSON.parse(line) as IncomingResult);
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    },
  };
}
