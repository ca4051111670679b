// The signed ruling or order a judge may upload with the event (保全裁定, 支付令, 再审审查裁定); without one the server
// generates the document from the case's data into the dossier (docs/case-types.md).
import { Form, type UploadFile } from 'antd';
import type { Attachment } from '../../../contracts/cases';
import { useI18n } from '../../i18n/i18n';
import { DocumentUpload } from './closeForm';
import type { FormValues } from './types';

export function SignedDocumentField() {
  const { t } = useI18n();
  return (
    <Form.Item name="document" label={t('special.signedDocument')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList} extra={t('special.generatedHint')}>
      <DocumentUpload />
    </Form.Item>
  );
}

/** The uploaded document's attachment id, if one finished uploading. */
export const signedDocumentId = (v: FormValues): number | undefined => (v.document as UploadFile<Attachment>[] | undefined)?.find((f) => f.status === 'done')?.response?.id;
