// PostgreSQL COPY text format: one line per row, tab-separated, \N for null, backslash escapes.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null | undefined;

const NEEDS_ESCAPE = /[\\\t\n\r]/u;

function cell(v: Cell): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = String(v);
  return NEEDS_ESCAPE.test(s) ? s.replace(/[\\\t\n\r]/gu, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

/** Rows of one table, buffered as COPY text until written. */
export class CopyBuffer {
  private chunks: string[] = [];
  private current = '';
  rows = 0;
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  add(...values: Cell[]): void {
    this.current += values.map(cell).join('\t') + '\n';
    this.rows++;
    if (this.current.length > 1 << 20) {
      this.chunks.push(this.current);
      this.current = '';
    }
  }

  /** The buffered rows' cells, as COPY will read them (for tests and checks). */
  peek(): string[][] {
    return [...this.chunks, this.current].join('').split('\n').filter(Boolean).map((l) => l.split('\t'));
  }

  /** Streams the buffered rows into the table with COPY and empties the buffer. */
  async flush(client: pg.PoolClient): Promise<void> {
    if (this.current) this.chunks.push(this.current);
    const chunks = this.chunks;
    this.chunks = [];
    this.current = '';
    this.rows = 0;
    if (!chunks.length) return;
    const stream = client.query(copyFrom(`copy ${this.table} (${this.columns.join(', ')}) from stdin`));
    await pipeline(Readable.from(chunks), stream);
  }
}

/** An array literal for a text[] or int[] COPY cell. */
export function arrayCell(values: readonly (string | number)[]): string {
  return `{${values.join(',')}}`;
}
