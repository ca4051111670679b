// 分案 / 变更承办法官: random draw or (for a chief or president) named judges with the reason, sole judge or panel.
import { Alert, Form, Input, Radio, Select } from 'antd';
import type { EligibleJudge } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { compact, type EventFieldsProps, type EventForm } from './types';

function AssignFields({ detail, form }: EventFieldsProps) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const mode = Form.useWatch('mode', form) as string | undefined;
  const organization = Form.useWatch('organization', form) as string | undefined;
  const judgeId = Form.useWatch('judgeId', form) as number | undefined;
  const canChoose = hasRole('divisionChief', 'president');
  const manual = mode === 'manual';
  const judges = useApiGet<EligibleJudge[]>(manual ? `/cases/${detail.id}/eligible-judges` : null);
  const options = (judges.data ?? []).map((j) => ({ value: j.id, label: t('assign.judgeWithLoad', { name: j.displayName, n: j.openCases }) }));

  return (
    <>
      <Form.Item name="mode" label={t('assign.mode')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'random', label: t('assign.random') },
            ...(canChoose ? [{ value: 'manual', label: t('assign.manual') }] : []),
          ]}
        />
      </Form.Item>
      <Form.Item name="organization" label={t('assign.organization')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'sole', label: t('organization.sole') },
            { value: 'panel', label: t('organization.panel') },
          ]}
        />
      </Form.Item>
      {!manual && <Alert type="info" showIcon title={t('assign.randomHint')} style={{ marginBottom: 16 }} />}
      {manual && (
        <>
          <Form.Item name="judgeId" label={organization === 'panel' ? t('assign.presidingJudge') : t('assign.judge')} rules={[{ required: true, message: t('assign.judgeRequired') }]}>
            <Select loading={judges.loading} options={options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          {organization === 'panel' && (
            <Form.Item name="memberIds" label={t('assign.members')} extra={t('assign.membersHint')}>
              <Select mode="multiple" loading={judges.loading} options={options.filter((o) => o.value !== judgeId)} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="reason" label={t('assign.reason')} rules={manual ? [{ required: true, whitespace: true, message: t('assign.reasonRequired') }] : []}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const assignForm: EventForm = {
  Fields: AssignFields,
  initialValues: (d) => ({ mode: 'random', organization: d.organization ?? 'sole' }),
  toInput: (v) => {
    const manual = v.mode === 'manual';
    const members = Array.isArray(v.memberIds) ? (v.memberIds as number[]) : [];
    return compact({
      mode: v.mode,
      organization: v.organization,
      judgeId: manual ? v.judgeId : undefined,
      memberIds: manual && v.organization === 'panel' && members.length ? members : undefined,
      reason: v.reason,
    });
  },
};
