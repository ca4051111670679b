// How a period's state reads at a glance: the alert tag, the days left, and the derivation trace step by step.
import { Tag, Typography } from 'antd';
import type { Period } from '../../contracts/clock';
import type { PeriodLength } from '../../domain/clock/periodArithmetic';
import { lengthText } from '../../domain/clock/trace';
import { formatCitation } from '../../domain/citations/citations';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const LEVEL_COLOR: Record<string, string | undefined> = { yellow: 'gold', red: 'red', overdue: 'magenta', elapsed: 'default' };
const LEVELS = new Set(['none', 'yellow', 'red', 'overdue', 'elapsed']);

export function LevelTag({ level }: { level: string }) {
  const { t } = useI18n();
  // A level this build does not know (a newer server) still shows, by its code.
  const text = LEVELS.has(level) ? t(`level.${level}` as MessageKey) : level;
  return (
    <Tag color={LEVEL_COLOR[level]} data-level={level}>
      {text}
    </Tag>
  );
}

/** "剩余 3 天", "今日届满", "已超期 2 天", or the completion date. */
export function DaysLeft({ period }: { period: Pick<Period, 'status' | 'daysLeft' | 'completedOn'> }) {
  const { t } = useI18n();
  if (period.status === 'completed') return <Typography.Text type="secondary">{t('clock.completedOn', { date: period.completedOn ?? '' })}</Typography.Text>;
  if (period.daysLeft === null) return <>—</>;
  if (period.daysLeft > 0) return <>{t('clock.daysLeft', { n: period.daysLeft })}</>;
  if (period.daysLeft === 0) return <Typography.Text type="warning">{t('clock.dueToday')}</Typography.Text>;
  return <Typography.Text type="danger">{t('clock.daysOver', { n: -period.daysLeft })}</Typography.Text>;
}

/** The alert tag (yellow/red; "overdue" reads from the days) and the days left, marked with the level for tests and styles. */
export function PeriodState({ period }: { period: Pick<Period, 'status' | 'daysLeft' | 'completedOn' | 'level'> }) {
  const tagged = period.status === 'running' && (period.level === 'yellow' || period.level === 'red');
  return (
    <span data-level={period.level}>
      {tagged && <LevelTag level={period.level} />}
      <DaysLeft period={period} />
    </span>
  );
}

/** The derivation, one step per line, each with its legal source. */
export function TraceSteps({ trace, uncoveredYear }: { trace: Period['trace']; uncoveredYear?: number | null }) {
  const { t, lang } = useI18n();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="trace-steps">
      {trace.map((s, i) => (
        <li key={i}>
          {s[lang]}
          {s.source && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
              {t('clock.source')}
              {t('common.labelSep')}
              {formatCitation(s.source, lang)}
            </Typography.Text>
          )}
        </li>
      ))}
      {uncoveredYear != null && (
        <li>
          <Typography.Text type="warning">{t('clock.uncoveredYear', { year: uncoveredYear })}</Typography.Text>
        </li>
      )}
    </ol>
  );
}

/** "1个月" / "1 month": an API length such as {months: 1}, in the words the domain's trace uses. */
export function lengthWords(length: Record<string, number>, lang: 'zh-CN' | 'en'): string {
  return lengthText(length as PeriodLength)[lang];
}
