// Step 4 of filing: upload the complaint (and a lawyer's power of attorney and licence) and the evidence; each file
// shows its SHA-256 fingerprint once stored. The upload field is shared by the parties' filings on a case.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Form, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { Attachment } from '../../contracts/cases';
import { MATERIAL_LABELS, requiredFilingMaterials, type MaterialCategory } from '../../domain/filing/materials';
import { api, ApiError } from '../api/client';
import { formatFileSize, shortHash } from '../format/sizes';
import { useI18n } from '../i18n/i18n';
import { materialFilerOf, type FilerRole } from './filingForm';

export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx';

/** The wizard's upload areas: each material kind has its form field. */
export const MATERIAL_FIELDS: { category: MaterialCategory; field: string }[] = [
  { category: 'complaint', field: 'complaintFiles' },
  { category: 'authorization', field: 'authorizationFiles' },
  { category: 'lawyerLicence', field: 'lawyerLicenceFiles' },
  { category: 'evidence', field: 'evidenceFiles' },
];

/** The form fields of the materials a filer must upload (checked on the step and again by the server). */
export const requiredMaterialFields = (role: FilerRole) => MATERIAL_FIELDS.filter((m) => requiredFilingMaterials(materialFilerOf(role)).includes(m.category)).map((m) => m.field);

/**
 * `requireFiles`: the new-filing wizard marks the required kinds and will not go on without them; a correction keeps
 * the files already on the case, so there only the lawyer's kinds are offered.
 */
export function MaterialsUpload({ filerRole = 'party', requireFiles = false }: { filerRole?: FilerRole; requireFiles?: boolean }) {
  const { t } = useI18n();
  const required = requiredFilingMaterials(materialFilerOf(filerRole));
  const shown = MATERIAL_FIELDS.filter((m) => m.category === 'complaint' || m.category === 'evidence' || required.includes(m.category));
  return (
    <>
      {filerRole === 'lawyer' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('materials.lawyerExplain')} />}
      {shown.map((m) => (
        <MaterialField key={m.field} name={m.field} category={m.category} required={requireFiles && required.includes(m.category)} multiple={m.category === 'evidence'} />
      ))}
    </>
  );
}

/** A form field holding uploads of one material kind; `required`: at least one finished upload. */
export function MaterialField({ name, category, required = false, multiple = true, label, extra }: { name: NamePath; category: MaterialCategory; required?: boolean; multiple?: boolean; label?: string; extra?: string }) {
  const { t, pick } = useI18n();
  const material = pick(MATERIAL_LABELS[category]);
  const hint = category === 'evidence' ? t('filing.evidenceHint') : t('materials.uploadHint', { material });
  return (
    <Form.Item
      name={name}
      label={label ?? material}
      extra={extra}
      valuePropName="fileList"
      getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
      rules={required ? [{ required: true, validator: (_r, v: UploadFile[] | undefined) => ((v ?? []).some((f) => f.status === 'done') ? Promise.resolve() : Promise.reject(new Error(t('materials.requiredMissing', { material })))) }] : []}
    >
      <UploadArea category={category} hint={hint} multiple={multiple} />
    </Form.Item>
  );
}

interface UploadAreaProps {
  category: MaterialCategory;
  multiple?: boolean;
  hint: string;
  id?: string;
  fileList?: UploadFile<Attachment>[];
  onChange?: UploadProps<Attachment>['onChange'];
}

/** Antd's upload request for POST /uploads: the file as a material of `category`; a refusal is shown with `showError`. */
export function materialUploadRequest(category: MaterialCategory, showError: (message: string) => void): UploadProps<Attachment>['customRequest'] {
  return ({ file, onSuccess, onError }) => {
    const form = new FormData();
    // The category field must precede the file: the server reads fields that arrive before the file part.
    form.append('category', category);
    form.append('file', file as Blob);
    api.upload<Attachment>('/uploads', form).then(
      (a) => onSuccess?.(a),
      (e: unknown) => {
        const err = e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e), null);
        showError(err.message);
        onError?.(err);
      },
    );
  };
}

function UploadArea({ category, hint, multiple = true, id, fileList, onChange }: UploadAreaProps) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const customRequest = materialUploadRequest(category, (m) => message.error(m));

  return (
    <div data-testid={`upload-${category}`}>
      <Upload.Dragger<Attachment>
        id={id}
        multiple={multiple}
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
