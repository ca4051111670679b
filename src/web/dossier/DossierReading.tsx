// How the reading of an item's pages stands (split and OCR run in the background): progress while it runs, the failed
// pages or the file's error with what to do, and 重新识别 for those who may ask for it.
import { Button, Tag, Tooltip } from 'antd';
import type { DossierItem } from '../../contracts/dossier';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useI18n } from '../i18n/i18n';
import { useDossierText } from './dossierMessages';

/** Whether any item's pages are still being read (the tab then refreshes itself). */
export const isReading = (item: DossierItem) => item.reading !== null && (item.reading.status === 'queued' || item.reading.status === 'splitting');

export function DossierReading({ item, canRetry, onRetried }: { item: DossierItem; canRetry: boolean; onRetried: () => void }) {
  const t = useDossierText();
  const { pick } = useI18n();
  const action = useAction();
  const r = item.reading;
  if (!r) return null;
  const retry = canRetry && (r.status === 'failed' || (r.status === 'done' && r.pagesFailed > 0)) && (
    <Button size="small" loading={action.busy} onClick={() => void action.run(() => api.post(`/attachments/${item.id}/pages/retry`)).then((ok) => ok && onRetried())}>
      {t('dossier.retry')}
    </Button>
  );
  if (isReading(item))
    return (
      <Tag color="processing" data-testid={`dossier-reading-${item.id}`}>
        {item.pageCount === null ? t('dossier.readingQueued') : t('dossier.readingProgress', { read: r.pagesRead, total: item.pageCount })}
      </Tag>
    );
  if (r.status === 'failed')
    return (
      <span data-testid={`dossier-reading-${item.id}`}>
        <Tooltip title={r.error ? pick(r.error.messages) : undefined}>
          <Tag color="error">{t('dossier.readingFailed')}</Tag>
        </Tooltip>
        {r.error && <span style={{ fontSize: 12, color: '#cf1322', marginInlineEnd: 8 }}>{pick(r.error.messages)}</span>}
        {retry}
      </span>
    );
  if (r.pagesFailed > 0)
    return (
      <span data-testid={`dossier-reading-${item.id}`}>
        <Tag color="warning">{t('dossier.pagesFailed', { n: r.pagesFailed })}</Tag>
        {retry}
      </span>
    );
  return (
    <Tag color="success" data-testid={`dossier-reading-${item.id}`}>
      {t('dossier.readingDone')}
    </Tag>
  );
}
