// 结案: how the case ended (and, for a ruling, which kind), on which day, with a short summary and the signed
// judgment, ruling or 调解书 (required for those closings, except a judgment pronounced orally).
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Form, Input, Radio, Select, Upload, type UploadFile, type UploadProps } from 'antd';
import type { Attachment } from '../../../contracts/cases';
import { api, ApiError } from '../../api/client';
import type { Dayjs } from 'dayjs';
import { CLOSING_METHODS, RULING_KINDS } from '../../../domain/casetypes/caseModel';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { CLOSING_METHOD_LABELS, RULING_KIND_LABELS } from '../../i18n/vocabulary';
import { compact, type EventFieldsProps, type EventForm } from './types';

const NEEDS_DOCUMENT = new Set(['judgment', 'ruling', 'mediation']);
// A 驳回起诉 or jurisdiction ruling not uploaded is generated from the reasons in the summary (docs/documents.md).
const GENERATED_RULINGS = new Set(['dismissal', 'jurisdiction']);

export function DocumentUpload(props: { text?: MessageKey; id?: string; fileList?: UploadFile<Attachment>[]; onChange?: UploadProps<Attachment>['onChange'] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const customRequest: UploadProps<Attachment>['customRequest'] = ({ file, onSuccess, onError }) => {
    const body = new FormData();
    body.append('category', 'other');
    body.append('file', file as Blob);
    api.upload<Attachment>('/uploads', body).then(
      (a) => onSuccess?.(a),
      (e: unknown) => {
        message.error(e instanceof ApiError ? e.message : String(e));
        onError?.(e instanceof Error ? e : new Error(String(e)));
      },
    );
  };
  return (
    <Upload<Attachment> accept=".pdf,.png,.jpg,.jpeg" maxCount={1} customRequest={customRequest} fileList={props.fileList ?? []} onChange={props.onChange}>
      <Button id={props.id} icon={<UploadOutlined />}>
        {t(props.text ?? 'close.uploadDocument')}
      </Button>
    </Upload>
  );
}

function CloseFields({ form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const method = Form.useWatch('method', form) as string | undefined;
  const oral = Form.useWatch('oralPronouncement', form) as boolean | undefined;
  const rulingKind = Form.useWatch('rulingKind', form) as string | undefined;
  const document = Form.useWatch('document', form) as UploadFile[] | undefined;
  const generated = method === 'ruling' && !!rulingKind && GENERATED_RULINGS.has(rulingKind);
  const documentRequired = !!method && NEEDS_DOCUMENT.has(method) && !(method === 'judgment' && oral) && !generated;
  const reasonsRequired = generated && !document?.length;
  return (
    <>
      <Form.Item name="method" label={t('close.method')} rules={[{ required: true, message: t('close.methodRequired') }]}>
        <Radio.Group options={CLOSING_METHODS.map((m) => ({ value: m, label: pick(CLOSING_METHOD_LABELS[m]) }))} />
      </Form.Item>
      {method === 'ruling' && (
        <Form.Item name="rulingKind" label={t('close.rulingKind')} rules={[{ required: true, message: t('close.rulingKindRequired') }]}>
          <Select options={RULING_KINDS.map((k) => ({ value: k, label: pick(RULING_KIND_LABELS[k]) }))} />
        </Form.Item>
      )}
      <Form.Item name="closedOn" label={t('close.closedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      {method === 'judgment' && (
        <Form.Item name="oralPronouncement" valuePropName="checked">
          <Checkbox>{t('close.oralPronouncement')}</Checkbox>
        </Form.Item>
      )}
      {method && NEEDS_DOCUMENT.has(method) && (
        <Form.Item
          name="document"
          label={t('close.document')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
          rules={[{ required: documentRequired, message: t('close.documentRequired') }]}
          extra={generated ? t('close.generatedRulingHint') : undefined}
        >
          <DocumentUpload />
        </Form.Item>
      )}
      <Form.Item name="summary" label={reasonsRequired ? t('close.rulingReasons') : t('close.summary')} rules={[{ required: reasonsRequired, whitespace: true, message: t('close.rulingReasonsRequired') }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export const closeForm: EventForm = {
  Fields: CloseFields,
  initialValues: () => ({ closedOn: courtToday() }),
  toInput: (v) =>
    compact({
      method: v.method,
      closedOn: (v.closedOn as Dayjs).format('YYYY-MM-DD'),
      rulingKind: v.method === 'ruling' ? v.rulingKind : undefined,
      summary: v.summary,
      oralPronouncement: v.method === 'judgment' && v.oralPronouncement ? true : undefined,
      documentId: NEEDS_DOCUMENT.has(String(v.method)) ? (v.document as UploadFile<Attachment>[] | undefined)?.find((f) => f.status === 'done')?.response?.id : undefined,
    }),
};
