// Fires one allowed event: its form in a modal, then POST …/events/:event with the version the user saw.
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import { api, ApiError } from '../api/client';
import type { AllowedEvent } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { eventFormFor } from './eventForms/registry';
import type { FormValues } from './eventForms/types';

interface EventModalProps {
  detail: CaseDetail;
  event: AllowedEvent | null;
  onClose(): void;
  onDone(updated: CaseDetail): void;
  /** Loads the case afresh, when someone else changed it meanwhile. */
  onReload(): void;
}

export function EventModal({ detail, event, onClose, onDone, onReload }: EventModalProps) {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [submitting, setSubmitting] = useState(false);
  // The server's refusal stays in the form beside the fields it concerns, not only in a passing toast.
  const [refusal, setRefusal] = useState<string | null>(null);
  const spec = eventFormFor(detail.caseType, event?.name ?? '');
  const Fields = spec.Fields;

  /** Sends the event; a refusal the court may override after reading it (details.acknowledgeable) asks first. */
  const send = async (input: Record<string, unknown>): Promise<void> => {
    if (!event) return;
    setSubmitting(true);
    setRefusal(null);
    try {
      const updated = await api.post<CaseDetail>(`/cases/${detail.id}/events/${event.name}`, { input, expectedVersion: detail.version });
      message.success(t('event.done', { event: pick(event.label) }));
      onDone(updated);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e), null);
      if (err.code === 'CASE_CHANGED') {
        modal.confirm({
          title: t('event.caseChangedTitle'),
          content: err.message,
          okText: t('event.reloadCase'),
          cancelText: t('common.cancel'),
          onOk: () => {
            onClose();
            onReload();
          },
        });
      } else if (err.body?.details?.acknowledgeable === true && !input.acknowledgeWarnings) {
        modal.confirm({
          title: t('event.acknowledgeTitle'),
          content: err.message,
          okText: t('event.acknowledgeOk'),
          cancelText: t('common.cancel'),
          onOk: () => send({ ...input, acknowledgeWarnings: true }),
        });
      } else {
        message.error(err.message);
        setRefusal(err.message);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const submit = async () => {
    if (!event) return;
    try {
      await form.validateFields({ recursive: true });
    } catch {
      return;
    }
    const input = spec.toInput(form.getFieldsValue(true) as FormValues, detail);
    const none: { refusal?: string; warnings: string[] } = { warnings: [] };
    const checked = spec.preflight ? await spec.preflight(input, detail).catch(() => none) : none;
    if (checked.refusal) {
      setRefusal(checked.refusal);
      return;
    }
    if (checked.warnings.length) {
      modal.confirm({
        title: t('event.acknowledgeTitle'),
        content: (
          <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="event-warnings">
            {checked.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ),
        okText: t('event.acknowledgeOk'),
        cancelText: t('common.cancel'),
        onOk: () => send(input),
      });
      return;
    }
    await send(input);
  };

  return (
    <Modal
      open={!!event}
      title={event ? pick(event.label) : ''}
      okText={t(spec.okText ?? 'common.confirm')}
      cancelText={t('common.cancel')}
      onOk={submit}
      confirmLoading={submitting}
      onCancel={onClose}
      afterClose={() => setRefusal(null)}
      destroyOnHidden
      width={spec.width ?? 560}
      data-testid="event-modal"
    >
      {event && (
        <Form key={event.name} form={form} layout="vertical" preserve={false} initialValues={spec.initialValues?.(detail)} data-event={event.name}>
          {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={refusal} data-testid="event-refusal" />}
          <Fields detail={detail} form={form} />
        </Form>
      )}
    </Modal>
  );
}
