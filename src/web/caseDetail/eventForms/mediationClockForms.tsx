// The mediation clock's forms: a party's choice of a mediator (ONLINE-MED art 10) and an appraisal's start and end,
// whose days are not counted in the mediation period (art 26).
import { Alert, Descriptions, Form, Select, Spin, Typography } from 'antd';
import type { MediationRecord } from '../../../contracts/mediation';
import { useApiGet } from '../../api/useApiGet';
import { useI18n } from '../../i18n/i18n';
import { textForm } from './textForms';
import { compact, type EventFieldsProps, type EventForm } from './types';

/** The parties' joint choice as the matter's record shows it. */
export function useMediatorChoice(caseId: number) {
  return useApiGet<MediationRecord>(`/cases/${caseId}/mediation`);
}

function ProposeMediatorFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const record = useMediatorChoice(detail.id);
  if (!record.data) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  const { choice } = record.data;
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('mediationForm.chooseHint', { dueOn: choice.dueOn ?? '—' })} />
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }} title={t('mediationForm.choicesSoFar')}>
        {choice.proposals.map((p) => (
          <Descriptions.Item key={p.partyId} label={p.partyName}>
            {p.mediatorName ?? <Typography.Text type="secondary">{t('mediationForm.notChosenYet')}</Typography.Text>}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Form.Item name="mediatorId" label={t('mediationForm.chosenMediator')} rules={[{ required: true, message: t('mediationForm.chosenMediatorRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'title' }}
          options={choice.candidates.map((m) => ({
            value: m.userId,
            title: `${m.displayName} ${m.organisationName}`,
            label: (
              <span>
                {m.displayName} <Typography.Text type="secondary">{m.organisationName}{m.specialties.length ? ` · ${m.specialties.join('、')}` : ''}</Typography.Text>
              </span>
            ),
          }))}
        />
      </Form.Item>
    </>
  );
}

export const proposeMediatorForm: EventForm = {
  Fields: ProposeMediatorFields,
  toInput: (v) => compact({ mediatorId: v.mediatorId }),
};

export const startAppraisalForm = textForm([
  { name: 'subject', label: 'mediationForm.appraisalSubject', required: true, maxLength: 500 },
  { name: 'reference', label: 'mediationForm.appraisalReference', maxLength: 100 },
]);

export const endAppraisalForm = textForm([{ name: 'note', label: 'mediationForm.appraisalEndNote', maxLength: 1000 }]);
