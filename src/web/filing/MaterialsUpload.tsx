// Step 4 of filing: upload the complaint and the evidence; each file shows its SHA-256 fingerprint once stored.
import { InboxOutlined } from '@ant-design/icons';
import { App, Form, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import type { Attachment } from '../../contracts/cases';
import { api, ApiError } from '../api/client';
import { formatFileSize, shortHash } from '../format/sizes';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const ACCEPT = '.pdf,.png,.jpg,.jpeg';

type Category = 'complaint' | 'evidence';

const AREAS: { category: Category; field: string; label: MessageKey; hint: MessageKey }[] = [
  { category: 'complaint', field: 'complaintFiles', label: 'filing.complaintFiles', hint: 'filing.complaintHint' },
  { category: 'evidence', field: 'evidenceFiles', label: 'filing.evidenceFiles', hint: 'filing.evidenceHint' },
];

export function MaterialsUpload() {
  const { t } = useI18n();
  return (
    <>
      {AREAS.map((a) => (
        <Form.Item key={a.field} name={a.field} label={t(a.label)} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}>
          <UploadArea category={a.category} hint={t(a.hint)} />
        </Form.Item>
      ))}
    </>
  );
}

interface UploadAreaProps {
  category: Category;
  hint: string;
  id?: string;
  fileList?: UploadFile<Attachment>[];
  onChange?: UploadProps<Attachment>['onChange'];
}

function UploadArea({ category, hint, id, fileList, onChange }: UploadAreaProps) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const customRequest: UploadProps<Attachment>['customRequest'] = ({ file, onSuccess, onError }) => {
    const form = new FormData();
    // The category field must precede the file: the server reads fields that arrive before the file part.
    form.append('category', category);
    form.append('file', file as Blob);
    api.upload<Attachment>('/uploads', form).then(
      (a) => onSuccess?.(a),
      (e: unknown) => {
        const err = e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e), null);
        message.error(err.message);
        onError?.(err);
      },
    );
  };

  return (
    <div data-testid={`upload-${category}`}>
      <Upload.Dragger<Attachment>
        id={id}
        multiple
        accept={ACCEPT}
        fileList={fileList}
        onChange={onChange}
        customRequest={customRequest}
        itemRender={(node, file) => (
          <div>
            {node}
            {file.status === 'done' && file.response && (
              <Typography.Text type="secondary" style={{ fontSize: 12, paddingInlineStart: 24 }} data-testid="upload-sha256">
                SHA-256 {shortHash(file.response.sha256)} · {formatFileSize(file.response.sizeBytes)}
              </Typography.Text>
            )}
          </div>
        )}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('filing.uploadText')}</p>
        <p className="ant-upload-hint">{hint}</p>
      </Upload.Dragger>
    </div>
  );
}
