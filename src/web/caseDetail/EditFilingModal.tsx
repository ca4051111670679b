// 编辑立案材料: the filer corrects the complaint after a correction notice (PUT /filings/:id), before resubmitting.
import { Alert, App, Divider, Form, Modal } from 'antd';
import { useState } from 'react';
import type { CaseDetail, FilingEdit } from '../../contracts/cases';
import { api, ApiError } from '../api/client';
import { refusedFields } from '../api/refusedFields';
import { useSession } from '../auth/session';
import { ClaimsFields } from '../filing/ClaimsFields';
import { CauseSelect } from '../filing/CauseSelect';
import { filerRoleOf, filingValuesFromDetail, formPathOfRequest, toFilingContent, type FilingFormValues } from '../filing/filingForm';
import { MaterialsUpload } from '../filing/MaterialsUpload';
import { PartiesFields } from '../filing/PartiesFields';
import { useI18n } from '../i18n/i18n';

interface EditFilingModalProps {
  detail: CaseDetail;
  open: boolean;
  onClose(): void;
  onDone(updated: CaseDetail): void;
}

export function EditFilingModal({ detail, open, onClose, onDone }: EditFilingModalProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<FilingFormValues>();
  const [submitting, setSubmitting] = useState(false);
  if (!user) return null;
  const role = filerRoleOf(user);

  const submit = async () => {
    try {
      await form.validateFields({ recursive: true });
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as FilingFormValues;
    const body: FilingEdit = { expectedVersion: detail.version, filing: toFilingContent(values, role, detail.attachments.map((a) => a.id)) };
    setSubmitting(true);
    try {
      const updated = await api.put<CaseDetail>(`/filings/${detail.id}`, body);
      message.success(t('filing.edited'));
      onDone(updated);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
      // The field the server refused is marked, not only announced.
      const marked = e instanceof ApiError ? refusedFields(e).map((f) => ({ name: formPathOfRequest(f.path), errors: [f.message] })) : [];
      if (marked.length) {
        form.setFields(marked as Parameters<typeof form.setFields>[0]);
        form.scrollToField(marked[0]!.name);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('filing.edit')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onOk={submit}
      confirmLoading={submitting}
      onCancel={onClose}
      destroyOnHidden
      width={960}
      data-testid="edit-filing-modal"
    >
      {/* No preserve={false} here: with it the party list's starting values never reach its fields (the modal unmounts the form anyway). */}
      {open && (
        <Form<FilingFormValues> form={form} layout="vertical" initialValues={filingValuesFromDetail(detail, user)}>
          <Alert type="info" showIcon title={t('filing.editHint')} style={{ marginBottom: 16 }} />
          <Form.Item name="causeId" label={t('filing.cause')} rules={[{ required: true, message: t('filing.causeRequired') }]}>
            <CauseSelect />
          </Form.Item>
          <Divider titlePlacement="start">{t('filing.stepParties')}</Divider>
          <PartiesFields filerRole={role} />
          <Divider titlePlacement="start">{t('filing.stepClaims')}</Divider>
          <ClaimsFields />
          <Divider titlePlacement="start">{t('filing.addMaterials')}</Divider>
          <MaterialsUpload filerRole={role} />
        </Form>
      )}
    </Modal>
  );
}
