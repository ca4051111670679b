// 电子卷宗: the case's catalogue tree — 正卷 (and 副卷 for the court's staff) with each item's page range; staff move items
// up and down, rename them and move them to another section or volume (each change is recorded on the timeline).
import { ArrowDownOutlined, ArrowUpOutlined, EditOutlined, FileOutlined, ReadOutlined, ScissorOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Input, Modal, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Dossier, DossierItem } from '../../contracts/dossier';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { ArchivePanel } from './ArchivePanel';
import { useDossierText } from './dossierMessages';
import { DossierFileScans } from './DossierFileScans';
import { DossierReading, isReading } from './DossierReading';
import { DossierSplitModal } from './DossierSplitModal';
import { ExportDossierButton } from './ExportDossierButton';
import { SeparatorSheetsButton } from './SeparatorSheetsButton';
import { CaseDossierSearch } from './CaseDossierSearch';

export function DossierTab({ caseId, onChanged }: { caseId: number; onChanged?: () => void }) {
  const t = useDossierText();
  const { message } = App.useApp();
  const dossier = useApiGet<Dossier>(`/cases/${caseId}/dossier`);
  const action = useAction();
  const navigate = useNavigate();
  const [renaming, setRenaming] = useState<{ item: DossierItem; title: string } | null>(null);
  const [splitting, setSplitting] = useState<DossierItem | null>(null);
  const d = dossier.data;
  // While some item's pages are being read, the tab refreshes itself to show the progress.
  const reading = !!d && d.volumes.some((v) => v.sections.some((s) => s.items.some(isReading)));
  const { reload } = dossier;
  useEffect(() => {
    if (!reading) return;
    const timer = setInterval(reload, 2000);
    return () => clearInterval(timer);
  }, [reading, reload]);
  if (!d) return dossier.loading ? <Spin /> : <Empty />;
  const sections = d.volumes.flatMap((v) => v.sections.map((s) => ({ value: s.key, label: `${v.title} · ${s.title}` })));
  const edit = async (item: DossierItem, body: Record<string, unknown>) => {
    const ok = await action.run(() => api.patch(`/cases/${caseId}/dossier/items/${item.id}`, body));
    if (ok) {
      message.success(t('dossier.saved'));
      dossier.reload();
      onChanged?.();
    }
    return ok;
  };
  return (
    <div data-testid="dossier">
      {d.canEdit && (
        <DossierFileScans
          caseId={caseId}
          dossier={d}
          onFiled={(next) => {
            dossier.setData(next);
            onChanged?.();
          }}
        />
      )}
      <ArchivePanel caseId={caseId} />
      <Space wrap align="start" style={{ marginBottom: 12 }}>
        <ExportDossierButton caseId={caseId} volume="primary" />
        {d.volumes.some((v) => v.volume === 'secondary') && <ExportDossierButton caseId={caseId} volume="secondary" />}
        {d.canEdit && <SeparatorSheetsButton caseId={caseId} />}
      </Space>
      <CaseDossierSearch caseId={caseId} />
      <Link to={`/cases/${caseId}/dossier/view`} data-testid="dossier-open-viewer" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ReadOutlined /> {t('dossier.openViewer')}
      </Link>
      {d.volumes.map((v) => (
        <Card
          key={v.volume}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid={`dossier-volume-${v.volume}`}
          title={`${v.title}（${v.pageCount === null ? t('dossier.volumePagesUnknown') : t('dossier.volumePages', { n: v.pageCount })}）`}
        >
          {v.volume === 'secondary' && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('dossier.secondaryNote')} />}
          {v.sections.map((s) => (
            <div key={s.key} data-testid={`dossier-section-${s.key}`} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{s.title}</Typography.Text>
              {s.items.length === 0 && <Typography.Text type="secondary"> {t('dossier.empty')}</Typography.Text>}
              {s.items.map((item, i) => (
                <div key={item.id} data-testid={`dossier-item-${item.id}`} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', padding: '4px 0 4px 16px', borderBottom: '1px solid #f0f0f0' }}>
                  <a href={item.downloadUrl} target="_blank" rel="noreferrer" style={{ flex: '1 1 200px', minWidth: 0, overflowWrap: 'anywhere' }}>
                    <FileOutlined /> {item.title}
                  </a>
                  {/* A button, not a second link: the row's one link is the file's download. */}
                  <Button size="small" type="link" icon={<ReadOutlined />} data-testid={`dossier-view-${item.id}`} onClick={() => void navigate(`/cases/${caseId}/dossier/view?item=${item.id}`)}>
                    {t('dossier.viewItem')}
                  </Button>
                  <Typography.Text type="secondary">{item.date}</Typography.Text>
                  <Typography.Text type="secondary">{item.firstPage === null ? t('dossier.pagesUnknown') : t('dossier.pages', { first: item.firstPage, last: item.lastPage ?? item.firstPage })}</Typography.Text>
                  <DossierReading item={item} canRetry={d.canEdit} onRetried={dossier.reload} />
                  {d.canEdit && (
                    <Space size={4} wrap>
                      <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('dossier.up')} disabled={i === 0 || action.busy} onClick={() => void edit(item, { position: i - 1 })} />
                      <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('dossier.down')} disabled={i === s.items.length - 1 || action.busy} onClick={() => void edit(item, { position: i + 1 })} />
                      <Button size="small" icon={<EditOutlined />} aria-label={t('dossier.rename')} onClick={() => setRenaming({ item, title: item.title })} />
                      {item.mimeType === 'application/pdf' && item.reading?.status === 'done' && (item.pageCount ?? 0) > 1 && (
                        <Button size="small" icon={<ScissorOutlined />} onClick={() => setSplitting(item)}>
                          {t('dossier.split')}
                        </Button>
                      )}
                      <Select
                        size="small"
                        style={{ width: 180 }}
                        aria-label={t('dossier.moveTo')}
                        placeholder={t('dossier.moveTo')}
                        id={`dossier-move-${item.id}`}
                        showSearch={{ optionFilterProp: 'label' }}
                        value={null}
                        options={sections.filter((o) => o.value !== s.key)}
                        onChange={(key: string) => void edit(item, { sectionKey: key })}
                      />
                    </Space>
                  )}
                </div>
              ))}
            </div>
          ))}
        </Card>
      ))}
      {splitting && (
        <DossierSplitModal
          caseId={caseId}
          dossier={d}
          item={splitting}
          onClose={() => setSplitting(null)}
          onSplit={() => {
            reload();
            onChanged?.();
          }}
        />
      )}
      <Modal
        open={renaming !== null}
        title={t('dossier.renameTitle')}
        confirmLoading={action.busy}
        onCancel={() => setRenaming(null)}
        onOk={async () => {
          if (renaming && (await edit(renaming.item, { title: renaming.title }))) setRenaming(null);
        }}
      >
        <Input maxLength={200} value={renaming?.title} onChange={(e) => renaming && setRenaming({ ...renaming, title: e.target.value })} />
      </Modal>
    </div>
  );
}
