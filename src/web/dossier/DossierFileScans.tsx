// 材料入卷: the court's staff upload scans (PDF, images, TIFF from the filing counter's scanner, Word files) and file them
// into a section of the dossier; each file's pages are then read in the background, progress shown on its item.
import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import type { Attachment } from '../../contracts/cases';
import type { Dossier } from '../../contracts/dossier';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { ACCEPT, materialUploadRequest } from '../filing/MaterialsUpload';
import { useDossierText } from './dossierMessages';

export function DossierFileScans({ caseId, dossier, onFiled }: { caseId: number; dossier: Dossier; onFiled: (d: Dossier) => void }) {
  const t = useDossierText();
  const { message } = App.useApp();
  const action = useAction();
  const [sectionKey, setSectionKey] = useState<string | null>(null);
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);
  const sections = dossier.volumes.flatMap((v) => v.sections.filter((s) => s.acceptsFiles).map((s) => ({ value: s.key, label: `${v.title} · ${s.title}` })));
  const uploaded = files.filter((f) => f.status === 'done' && f.response).map((f) => f.response!.id);
  const busyUploading = files.some((f) => f.status === 'uploading');
  const file = async () => {
    let result: Dossier | null = null;
    const ok = await action.run(async () => {
      result = await api.post<Dossier>(`/cases/${caseId}/dossier/items`, { attachmentIds: uploaded, sectionKey });
    });
    if (ok && result) {
      message.success(t('dossier.filed', { n: uploaded.length }));
      setFiles([]);
      onFiled(result);
    }
  };
  return (
    <Card size="small" title={t('dossier.fileTitle')} style={{ marginBottom: 12 }} data-testid="dossier-file-scans">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select
          id="dossier-file-section"
          aria-label={t('dossier.fileSection')}
          placeholder={t('dossier.fileSection')}
          style={{ width: '100%', maxWidth: 360 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={sectionKey}
          options={sections}
          onChange={(k: string) => setSectionKey(k)}
        />
        <Upload.Dragger<Attachment>
          multiple
          accept={ACCEPT}
          fileList={files}
          onChange={(e) => setFiles(e.fileList)}
          customRequest={materialUploadRequest('evidence', (m) => message.error(m))}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('dossier.fileDrop')}</p>
          <p className="ant-upload-hint">{t('dossier.fileHint')}</p>
        </Upload.Dragger>
        <Button type="primary" disabled={!sectionKey || uploaded.length === 0 || busyUploading} loading={action.busy} onClick={() => void file()}>
          {t('dossier.fileSubmit', { n: uploaded.length })}
        </Button>
      </Space>
    </Card>
  );
}
