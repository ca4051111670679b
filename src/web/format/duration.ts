// "2天3小时", "5分钟": how long a case stayed in a node, at the two largest useful units.
import type { MessageKey } from '../i18n/messages';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function formatDuration(seconds: number, t: T): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return h > 0 ? t('duration.daysHours', { d, h }) : t('duration.days', { d });
  if (h > 0) return m > 0 ? t('duration.hoursMinutes', { h, m }) : t('duration.hours', { h });
  if (m > 0) return t('duration.minutes', { m });
  return t('duration.underMinute');
}
