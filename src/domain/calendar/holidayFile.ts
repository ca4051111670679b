// Reads a holiday file in the shape of reference/holidays-cn.json ({years: {"2025": {days: [{date, name, off}]}}}).
// Also validates an administrator's upload, so every refusal names the first bad entry.
import { refuse } from '../errors/domainError';
import { isPlainDate, type PlainDate } from './plainDate';
import type { CalendarDay } from './workCalendar';

interface Problem {
  year: string;
  index?: number;
  date?: string;
  zh: string;
  en: string;
}

function reject(p: Problem): never {
  const where = p.index === undefined ? { zh: `${p.year}年`, en: `year ${p.year}` } : { zh: `${p.year}年第${p.index + 1}条`, en: `year ${p.year}, entry ${p.index + 1}` };
  const date = p.date === undefined ? '' : `（${p.date}）`;
  const dateEn = p.date === undefined ? '' : ` (${p.date})`;
  refuse(
    'CALENDAR_FILE_INVALID',
    'invalid',
    `节假日文件有误：${where.zh}${date}${p.zh}。请更正后重新上传。`,
    `The holiday file is invalid: ${where.en}${dateEn}: ${p.en}. Correct it and upload again.`,
    { year: p.year, ...(p.index === undefined ? {} : { entry: p.index + 1 }), ...(p.date === undefined ? {} : { date: p.date }) },
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readDay(year: string, index: number, raw: unknown, seen: Set<PlainDate>): CalendarDay {
  if (!isRecord(raw)) reject({ year, index, zh: '不是日期条目', en: 'not a date entry' });
  const date = raw.date;
  if (typeof date !== 'string' || !isPlainDate(date)) {
    reject({ year, index, date: String(date), zh: '日期无效（应为存在的 YYYY-MM-DD 日期）', en: 'not a valid date (expected an existing YYYY-MM-DD date)' });
  }
  if (date.slice(0, 4) !== year) reject({ year, index, date, zh: `日期不在${year}年内`, en: `the date is not in ${year}` });
  if (seen.has(date)) reject({ year, index, date, zh: '日期重复', en: 'duplicate date' });
  if (typeof raw.off !== 'boolean') reject({ year, index, date, zh: 'off 必须为 true（放假）或 false（调休上班）', en: 'off must be true (day off) or false (make-up workday)' });
  if (typeof raw.name !== 'string' || !raw.name.trim()) reject({ year, index, date, zh: '缺少节日名称', en: 'the holiday name is missing' });
  seen.add(date);
  return { date, off: raw.off, name: raw.name.trim() };
}

export function calendarFromHolidayFile(json: unknown): { days: CalendarDay[]; coveredYears: number[] } {
  if (!isRecord(json) || !isRecord(json.years)) {
    refuse('CALENDAR_FILE_INVALID', 'invalid', '节假日文件有误：缺少 years 对象。', 'The holiday file is invalid: it has no "years" object.');
  }
  const days: CalendarDay[] = [];
  const coveredYears: number[] = [];
  const seen = new Set<PlainDate>();
  for (const [year, entry] of Object.entries(json.years)) {
    if (!/^\d{4}$/.test(year)) reject({ year, zh: '年份应为四位数字', en: 'the year must have four digits' });
    const list = isRecord(entry) ? entry.days : undefined;
    if (!Array.isArray(list)) reject({ year, zh: '缺少 days 列表', en: 'it has no "days" list' });
    if (list.length === 0) reject({ year, zh: '没有任何日期', en: 'it lists no dates' });
    list.forEach((raw, index) => days.push(readDay(year, index, raw, seen)));
    coveredYears.push(Number(year));
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  coveredYears.sort((a, b) => a - b);
  return { days, coveredYears };
}
