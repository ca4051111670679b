// One export mechanism for every list: GET <list>/export takes the list's own query (same filters, same sort,
// validated by the same contract), loads the rows the filter shows through the list's own query function, and
// answers an .xlsx workbook (exceljs) with headers in the request's language (Chinese by default).
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { TSchema } from 'typebox';
import Type from 'typebox';
import { ErrorBody } from '../../contracts/common';
import type { BilingualMessage } from '../../domain/errors/domainError';
import { AppError } from '../http/appError';
import { requestLanguage, type Lang } from '../http/language';
import { COUNT_CAP, type PageOf } from '../http/pagination';
import type { App, RouteAccess } from '../http/types';
import type { FastifyRequest } from 'fastify';

/**
 * The most rows one export holds: the lists count up to COUNT_CAP, so anything beyond is refused with
 * EXPORT_TOO_LARGE and the user narrows the filter. 10,000 rows build in about half a second (bench/excelExport.ts,
 * docs/performance.md), so an export answers in the request; a background job would only add a second download step.
 */
export const EXPORT_ROW_CAP = COUNT_CAP;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportColumn<T> {
  header: BilingualMessage;
  /** Width in characters (a CJK character counts two). */
  width: number;
  value: (row: T, lang: Lang) => string | number | null | undefined;
}

/** A header or title in both languages. */
export const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

const WEEKDAYS = { 'zh-CN': ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

/** A 星期 column for a list of days (the date is a plain YYYY-MM-DD). */
export function weekdayColumn<T>(date: (row: T) => string): ExportColumn<T> {
  return { header: zhEn('星期', 'Weekday'), width: 8, value: (r, lang) => WEEKDAYS[lang][new Date(`${date(r)}T00:00:00Z`).getUTCDay()] };
}

export interface ListExport<Q, T> {
  /** The list's URL; the export answers at `${url}/export`. */
  url: string;
  access: RouteAccess;
  tags: string[];
  summary: string;
  /** The list's own query contract: an export is refused exactly where the list would be. */
  querystring: TSchema;
  /** The list's path parameters, when its URL has any ('/api/v1/calendar/:year/days'). */
  params?: TSchema;
  /** The file and sheet name, e.g. 案件列表 / Cases. */
  title: BilingualMessage;
  columns: readonly ExportColumn<T>[];
  /** The list's own query function, asked for one page of up to `pageSize` rows. */
  load: (req: FastifyRequest & { query: Q }, page: { page: 1; pageSize: number }) => Promise<PageOf<T>>;
}

/**
 * The workbook: a bold, frozen header row, the given widths, an auto-filter over the columns. Written with exceljs's
 * streaming writer (rows committed as they are added): about half the time and memory of the in-memory workbook.
 */
export async function workbookOf<T>(title: string, columns: readonly ExportColumn<T>[], rows: readonly T[], lang: Lang): Promise<Buffer> {
  return workbookOfSheets([{ title, columns, rows }], lang);
}

export interface Sheet<T> {
  title: string;
  columns: readonly ExportColumn<T>[];
  rows: readonly T[];
}

/** A workbook of several sheets (each with its own row type), each as `workbookOf` writes one (e.g. 一日三通报). */
export async function workbookOfSheets(sheets: readonly Sheet<any>[], lang: Lang): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  book.creator = 'CourtFlow';
  for (const { title, columns, rows } of sheets) {
    const sheet = book.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c, i) => ({ header: c.header[lang], key: `c${i}`, width: c.width }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for (const r of rows) sheet.addRow(columns.map((c) => c.value(r, lang) ?? '')).commit();
    sheet.commit();
  }
  await book.commit();
  await finished(out);
  return Buffer.concat(chunks);
}

export function registerListExport<Q, T>(app: App, spec: ListExport<Q, T>) {
  app.get(
    `${spec.url}/export`,
    {
      config: { access: spec.access },
      schema: {
        tags: spec.tags,
        summary: spec.summary,
        description: `The rows the list shows for the same query (filters and sort; page and pageSize are ignored), as an .xlsx workbook; at most ${EXPORT_ROW_CAP} rows (EXPORT_TOO_LARGE beyond).`,
        querystring: spec.querystring,
        ...(spec.params ? { params: spec.params } : {}),
        response: { 200: Type.Any({ description: 'the workbook (.xlsx)' }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const lang = requestLanguage(req);
      const page = await spec.load(req as FastifyRequest & { query: Q }, { page: 1, pageSize: EXPORT_ROW_CAP });
      if (page.totalAtLeast || page.total > EXPORT_ROW_CAP) {
        throw new AppError(
          422,
          'EXPORT_TOO_LARGE',
          `筛选结果超过 ${EXPORT_ROW_CAP} 条，无法一次导出，请缩小筛选范围后再导出。`,
          `More than ${EXPORT_ROW_CAP} rows match: narrow the filter, then export again.`,
        );
      }
      const title = spec.title[lang];
      const body = await workbookOf(title, spec.columns, page.items, lang);
      reply.header('content-type', XLSX_MIME);
      reply.header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title}.xlsx`)}`);
      reply.header('x-export-rows', String(page.items.length));
      return reply.send(body);
    },
  );
}
