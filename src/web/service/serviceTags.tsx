// How a task's status and an attempt's result look, the same on the case page and in the service centre.
import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const STATUS_COLOR: Record<string, string> = { pending: 'default', inProgress: 'processing', served: 'success', cancelled: 'default' };
const OUTCOME_COLOR: Record<string, string> = { arrived: 'success', read: 'success', signed: 'success', left: 'success', refused: 'success', posted: 'success', returned: 'warning', failed: 'error', logged: 'warning' };

export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`serviceStatus.${status}` as MessageKey)}</Tag>;
}

/** An attempt's result; a message the log transport only wrote down says so, never "sent". */
export function outcomeTag(t: ReturnType<typeof useI18n>['t'], outcome: string) {
  return <Tag color={OUTCOME_COLOR[outcome] ?? 'default'}>{t(`serviceOutcome.${outcome}` as MessageKey)}</Tag>;
}
