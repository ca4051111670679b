// Reads an uploaded or pasted holiday calendar before it is sent: the server checks it again, this only previews it.
import type { MessageKey } from '../i18n/messages';

export interface CalendarImport {
  source: string;
  days: { date: string; off: boolean; name: string }[];
}

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function parseCalendarJson(text: string, t: T): CalendarImport | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: t('calendar.invalidJson', { error: e instanceof Error ? e.message : String(e) }) };
  }
  const d = data as Partial<CalendarImport> | null;
  const ok =
    !!d &&
    typeof d.source === 'string' &&
    Array.isArray(d.days) &&
    d.days.every((x) => !!x && typeof x.date === 'string' && typeof x.off === 'boolean' && typeof x.name === 'string');
  return ok ? { source: d.source!, days: d.days! } : { error: t('calendar.invalidShape') };
}
