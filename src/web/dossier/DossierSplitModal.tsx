// 拆分批量扫描件: the proposed parts of a batch scan (runs of pages between blank pages or printed separator sheets, a
// sheet's section proposed for the part after it) shown with each page's first words; staff adjust the ranges, sections
// and titles, or cut a part at a page by hand, and split — the work runs as a job with progress.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Modal, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Dossier, DossierItem, DossierSplitProposal } from '../../contracts/dossier';
import { splitPartAt, splitPlanProblem } from '../../domain/filePages/batchSplit';
import type { Job } from '../../contracts/jobs';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { JobProgress } from '../jobs/JobProgress';
import { isFinished, useJob } from '../jobs/useJob';
import { useDossierText } from './dossierMessages';
import { SeparatorSheetsButton } from './SeparatorSheetsButton';

interface Part {
  fromPage: number;
  toPage: number;
  sectionKey: string | null;
  title: string;
}

export function DossierSplitModal({ caseId, dossier, item, onClose, onSplit }: { caseId: number; dossier: Dossier; item: DossierItem; onClose: () => void; onSplit: () => void }) {
  const t = useDossierText();
  const action = useAction();
  const proposal = useApiGet<DossierSplitProposal>(`/cases/${caseId}/dossier/items/${item.id}/split-proposal`);
  const [edited, setParts] = useState<Part[] | null>(null);
  const [started, setStarted] = useState<Job | null>(null);
  const { job } = useJob(started?.id ?? null, started);
  const sections = dossier.volumes.flatMap((v) => v.sections.filter((s) => s.acceptsFiles).map((s) => ({ value: s.key, label: `${v.title} · ${s.title}` })));
  const p = proposal.data;
  const baseTitle = item.title.replace(/\.pdf$/iu, '');
  // The proposal until staff change it; a part after a separator sheet starts in the sheet's section.
  const parts: Part[] | null = edited ?? p?.parts.map((r, i) => ({ fromPage: r.fromPage, toPage: r.toPage, sectionKey: r.sectionKey, title: `${baseTitle}-${i + 1}` })) ?? null;
  const sectionLabel = (key: string | null) => sections.find((s) => s.value === key)?.label ?? null;
  const done = isFinished(job);
  // Told once per job: the parent's onSplit reloads the dossier, which renders a new onSplit (an effect keyed on it
  // alone would reload for ever — React stops that with "maximum update depth exceeded").
  const reported = useRef<number | null>(null);
  useEffect(() => {
    if (job?.status !== 'succeeded' || reported.current === job.id) return;
    reported.current = job.id;
    onSplit();
  }, [job?.status, job?.id, onSplit]);
  const set = (i: number, patch: Partial<Part>) => setParts(parts!.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  // Parts are sent in page order, whatever order staff added them in.
  const ordered = parts ? [...parts].sort((a, b) => a.fromPage - b.fromPage) : null;
  const plan = ordered && p ? splitPlanProblem(ordered, p.pageCount) : null;
  const ready = !!ordered && ordered.length > 0 && ordered.every((x) => x.sectionKey && x.title.trim()) && plan === null;
  const cutAt = (pageNo: number) => setParts(splitPartAt(parts!, pageNo, (r) => ({ ...r, sectionKey: null, title: `${baseTitle}-${parts!.length + 1}` })));
  const split = () =>
    void action.run(async () => {
      setStarted(await api.post<Job>(`/cases/${caseId}/dossier/items/${item.id}/split`, { parts: ordered }));
    });
  return (
    <Modal
      open
      width={860}
      title={t('dossier.splitTitle', { title: item.title })}
      onCancel={onClose}
      footer={
        started ? (
          <Button onClick={onClose} disabled={!done}>
            {t('dossier.splitClose')}
          </Button>
        ) : (
          <Button type="primary" disabled={!ready} loading={action.busy} onClick={split}>
            {t('dossier.splitSubmit', { n: parts?.length ?? 0 })}
          </Button>
        )
      }
    >
      {!p || !parts ? (
        <Spin />
      ) : started && job ? (
        <JobProgress job={job} unit={t('dossier.splitUnit')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="dossier-split">
          <Space wrap>
            <Typography.Text type="secondary">
              {t('dossier.splitExplain', { pages: p.pageCount, blanks: p.pages.filter((x) => x.separator === 'blank').length, sheets: p.pages.filter((x) => x.separator === 'barcode').length })}
            </Typography.Text>
            <SeparatorSheetsButton caseId={caseId} size="small" />
          </Space>
          <div style={{ maxHeight: 200, overflow: 'auto', border: '1px solid #f0f0f0', padding: 8 }} data-testid="dossier-split-pages">
            {p.pages.map((page) => (
              <div key={page.pageNo} style={{ fontSize: 12 }}>
                <Typography.Text strong>{t('dossier.splitPage', { n: page.pageNo })}</Typography.Text>{' '}
                {page.separator === 'blank' && <Tag>{t('dossier.splitBlank')}</Tag>}
                {page.separator === 'barcode' && (
                  <Tag color="blue">
                    {page.separatorKind ? t('dossier.splitSheetKind', { section: sectionLabel(p.parts.find((x) => x.fromPage > page.pageNo)?.sectionKey ?? null) ?? page.separatorKind }) : t('dossier.splitSheet')}
                  </Tag>
                )}
                {page.separator === null && page.excerpt}
                {parts.some((x) => x.fromPage < page.pageNo && page.pageNo <= x.toPage) && (
                  <Button size="small" type="link" onClick={() => cutAt(page.pageNo)}>
                    {t('dossier.splitHere')}
                  </Button>
                )}
              </div>
            ))}
          </div>
          <Table
            size="small"
            rowKey={(_r, i) => String(i)}
            pagination={false}
            scroll={{ x: 640 }}
            dataSource={parts}
            columns={[
              { title: t('dossier.splitFrom'), render: (_v, r, i) => <InputNumber min={1} max={p.pageCount} value={r.fromPage} onChange={(v) => set(i, { fromPage: Number(v) })} aria-label={t('dossier.splitFrom')} /> },
              { title: t('dossier.splitTo'), render: (_v, r, i) => <InputNumber min={1} max={p.pageCount} value={r.toPage} onChange={(v) => set(i, { toPage: Number(v) })} aria-label={t('dossier.splitTo')} /> },
              {
                title: t('dossier.fileSection'),
                render: (_v, r, i) => <Select style={{ width: 200 }} id={`dossier-split-section-${i}`} aria-label={t('dossier.fileSection')} value={r.sectionKey} options={sections} onChange={(k: string) => set(i, { sectionKey: k })} />,
              },
              { title: t('dossier.splitPartTitle'), render: (_v, r, i) => <Input maxLength={200} value={r.title} onChange={(e) => set(i, { title: e.target.value })} aria-label={t('dossier.splitPartTitle')} /> },
              { title: '', render: (_v, _r, i) => <Button size="small" icon={<DeleteOutlined />} aria-label={t('dossier.splitRemove')} onClick={() => setParts(parts.filter((_x, k) => k !== i))} /> },
            ]}
          />
          <Button icon={<PlusOutlined />} onClick={() => setParts([...parts, { fromPage: p.pageCount, toPage: p.pageCount, sectionKey: null, title: '' }])}>
            {t('dossier.splitAdd')}
          </Button>
          {plan === 'overlap' && <Typography.Text type="warning">{t('dossier.splitUnordered')}</Typography.Text>}
          {plan === 'whole' && <Typography.Text type="warning">{t('dossier.splitWhole')}</Typography.Text>}
          {plan === 'outOfRange' && <Typography.Text type="warning">{t('dossier.splitOutOfRange', { pages: p.pageCount })}</Typography.Text>}
        </Space>
      )}
    </Modal>
  );
}
