// GET an Excel export (with a session, or anonymously) and read its first sheet as rows of cell texts.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ApiClient } from './apiClient';

export async function exportedWorkbook(baseUrl: string, client: ApiClient | null, path: string, lang = 'zh-CN') {
  const cookie = client?.credentials.cookie;
  const res = await fetch(baseUrl + path, { headers: { ...(cookie ? { cookie } : {}), 'accept-language': lang } });
  if (res.status !== 200) return { status: res.status, body: await res.json(), rows: [] as string[][] };
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return { status: 200, body: null, rows };
}
