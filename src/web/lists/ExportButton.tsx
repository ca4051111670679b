// 导出 Excel: the rows the list's filter shows, built on the server (GET <list>/export with the list's own query).
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { ApiError, download, qs } from '../api/client';
import { useI18n } from '../i18n/i18n';

export function ExportButton({ path, query }: { path: string; query: Record<string, string | number | boolean | undefined> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await download(`${path}/export${qs(query)}`, 'export.xlsx');
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('list.exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="export-excel">
      {t('list.export')}
    </Button>
  );
}
